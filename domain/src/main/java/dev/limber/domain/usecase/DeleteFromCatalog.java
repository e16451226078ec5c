package dev.limber.domain.usecase;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.program.ProgramId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes stored exercises or programs by id, all or nothing: an unknown id
 * ({@link dev.limber.domain.port.NotFoundException} naming the nearest stored ids) or an exercise
 * that a program uses ({@link dev.limber.domain.port.ConflictException} {@code IN_USE}, naming
 * the programs) or that other exercises name as their {@code variationOf} (unless they go too:
 * a variation is deleted before its parent) leaves everything stored. What an administrator's command line does with what it
 * imported; the service deletes one at a time, with versions ({@link DeleteExercise},
 * {@link DeleteProgram}).
 */
public final class DeleteFromCatalog {
    private final Exercises exercises;
    private final Programs programs;
    private final Transactions transactions;

    /** Which kind of stored item the ids name. */
    public enum What {
        EXERCISES,
        PROGRAMS
    }

    /** Items to delete: at least one id, each checked as an id of its kind. */
    public record Command(What what, List<String> ids) {
        public Command {
            Checks.required("what", what);
            ids = List.copyOf(Checks.required("ids", ids));
            if (ids.isEmpty()) {
                throw new InvalidValueException("ids", ids, "must name at least one id");
            }
            for (String id : ids) {
                if (what == What.EXERCISES) {
                    ExerciseId.of(id);
                } else {
                    ProgramId.of(id);
                }
            }
        }
    }

    public DeleteFromCatalog(Exercises exercises, Programs programs, Transactions transactions) {
        this.exercises = Checks.required("exercises", exercises);
        this.programs = Checks.required("programs", programs);
        this.transactions = Checks.required("transactions", transactions);
    }

    /** Deletes every item named, in one unit of work; returns the ids deleted, in the order given. */
    public List<String> delete(Command command) {
        Checks.required("command", command);
        return transactions.inTransaction(() -> {
            // Every id is looked up before any is deleted, so an unknown one is named with the
            // stored ids nearest to it as they were, not with those this run already removed.
            Map<String, String> parentOf = new HashMap<>();
            for (String id : command.ids()) {
                switch (command.what()) {
                    case EXERCISES ->
                        new FindExercise(exercises)
                                .byId(ExerciseId.of(id))
                                .value()
                                .variationOfId()
                                .ifPresent(parent -> parentOf.put(id, parent.value()));
                    case PROGRAMS -> new FindProgram(programs).byId(ProgramId.of(id));
                }
            }
            for (String id : variationsFirst(command.ids(), parentOf)) {
                switch (command.what()) {
                    case EXERCISES -> exercises.delete(ExerciseId.of(id), ExpectedVersion.any());
                    case PROGRAMS -> programs.delete(ProgramId.of(id), ExpectedVersion.any());
                }
            }
            return command.ids();
        });
    }

    /**
     * The ids in the order given, except that a variation named with its parent goes before it,
     * so deleting both is not refused for the link between them (a loop of links keeps its order,
     * and the store refuses it).
     */
    private static List<String> variationsFirst(List<String> ids, Map<String, String> parentOf) {
        List<String> left = new ArrayList<>(ids);
        List<String> order = new ArrayList<>(ids.size());
        while (!left.isEmpty()) {
            String free = left.stream()
                    .filter(id -> left.stream().noneMatch(other -> id.equals(parentOf.get(other))))
                    .findFirst()
                    .orElse(left.get(0));
            order.add(free);
            left.remove(free);
        }
        return order;
    }
}
