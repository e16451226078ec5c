package dev.limber.domain.usecase;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.port.Transactions;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Creates or replaces one exercise of the catalog, guarded by the version the caller read. A
 * replacement must still fit every stored program that uses the exercise (a per-side dose on an
 * exercise made bilateral is refused with {@link BreaksStoredProgramsException}, naming each
 * step); its {@code variationOf} must name a stored exercise
 * ({@link UnknownVariationOfException}); the checks and the write are one unit of work.
 */
public final class SaveExercise {
    private final Exercises exercises;
    private final Programs programs;
    private final Transactions transactions;

    /**
     * An exercise to save.
     *
     * @param exercise the exercise, whole
     * @param expected the version the caller read (or none, or anything)
     */
    public record Command(Exercise exercise, ExpectedVersion expected) {
        public Command {
            Checks.required("exercise", exercise);
            Checks.required("expected", expected);
        }
    }

    public SaveExercise(Exercises exercises, Programs programs, Transactions transactions) {
        this.exercises = Checks.required("exercises", exercises);
        this.programs = Checks.required("programs", programs);
        this.transactions = Checks.required("transactions", transactions);
    }

    public Stored<Exercise> save(Command command) {
        Checks.required("command", command);
        Exercise exercise = command.exercise();
        return transactions.inTransaction(() -> {
            // The store still holds the exercise as it was: it is the "before", and only programs
            // that use the exercise are read (none for a new exercise or an unused one).
            ExerciseLookup store = ExerciseLookup.of(exercises);
            List<BreaksStoredProgramsException.Break> breaks = StoredProgramFit.breaks(
                    programs,
                    Map.of(exercise.id(), OptionalInt.empty()),
                    Set.of(),
                    store,
                    ExerciseLookup.of(List.of(exercise)).orElse(store));
            if (!breaks.isEmpty()) {
                throw new BreaksStoredProgramsException(breaks);
            }
            exercise.variationOfId()
                    .filter(parent -> exercises.existing(List.of(parent)).isEmpty())
                    .ifPresent(parent -> {
                        throw new UnknownVariationOfException(List.of(
                                new UnknownVariationOfException.Link(OptionalInt.empty(), exercise.id(), parent)));
                    });
            return exercises.save(exercise, command.expected());
        });
    }
}
