package dev.limber.domain.usecase;

import dev.limber.domain.DomainException;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.PageRequest;
import dev.limber.domain.query.ProgramQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a part of the store as one catalog, in one transaction, sorted by id: exported and
 * imported again it gives back the same data, and two exports of the same data are identical.
 */
public final class ExportCatalog {
    private final Exercises exercises;
    private final Programs programs;
    private final Transactions transactions;

    /** Which exercises go with the export. */
    public enum ExerciseScope {
        /** Every stored exercise. */
        ALL,
        /** Only those the exported programs name. */
        USED
    }

    /**
     * What to export.
     *
     * @param exercises which exercises
     * @param programs  the programs to export by id, or empty with {@code allPrograms}
     * @param allPrograms every stored program (then {@code programs} is empty)
     */
    public record Command(ExerciseScope exercises, List<ProgramId> programs, boolean allPrograms) {
        public Command {
            Checks.required("exercises", exercises);
            programs = Checks.list("programs", programs);
            if (allPrograms && !programs.isEmpty()) {
                throw new InvalidValueException("programs", programs, "must be empty when every program is exported");
            }
        }

        /** Everything stored. */
        public static Command everything() {
            return new Command(ExerciseScope.ALL, List.of(), true);
        }

        /** Every exercise and no program. */
        public static Command exercisesOnly() {
            return new Command(ExerciseScope.ALL, List.of(), false);
        }

        /** These programs, with the exercises they use or with every exercise. */
        public static Command programs(List<ProgramId> ids, ExerciseScope exercises) {
            if (Checks.required("programs", ids).isEmpty()) {
                throw new InvalidValueException("programs", ids, "must name at least one program");
            }
            return new Command(exercises, ids, false);
        }
    }

    /** Reads at most this many rows a query while paging through the store. */
    private static final int PAGE = PageRequest.MAX_SIZE;

    public ExportCatalog(Exercises exercises, Programs programs, Transactions transactions) {
        this.exercises = Checks.required("exercises", exercises);
        this.programs = Checks.required("programs", programs);
        this.transactions = Checks.required("transactions", transactions);
    }

    /**
     * The catalog; {@link MissingProgramsException} naming every listed program that is not
     * stored (then nothing is exported).
     */
    public Catalog export(Command command) {
        Checks.required("command", command);
        return transactions.inTransaction(() -> collect(command));
    }

    private Catalog collect(Command command) {
        List<Program> chosen = new ArrayList<>();
        if (command.allPrograms()) {
            chosen.addAll(all(page -> programs.search(new ProgramQuery(null, page))));
        } else {
            List<ProgramId> missing = new ArrayList<>();
            for (ProgramId id : command.programs()) {
                Optional<Stored<Program>> found = programs.find(id);
                if (found.isPresent()) {
                    chosen.add(found.get().value());
                } else {
                    missing.add(id);
                }
            }
            if (!missing.isEmpty()) {
                throw new MissingProgramsException(missing);
            }
        }
        List<Exercise> exerciseList = new ArrayList<>();
        if (command.exercises() == ExerciseScope.ALL) {
            exerciseList.addAll(all(page -> exercises.search(ExerciseQuery.all(page))));
        } else {
            Set<ExerciseId> used = new LinkedHashSet<>();
            chosen.forEach(program -> used.addAll(program.exerciseIds()));
            exerciseList.addAll(exercises.findAll(used).values()); // one read, not one per exercise
        }
        exerciseList.sort(Comparator.comparing(e -> e.id().value()));
        chosen.sort(Comparator.comparing(p -> p.id().value()));
        return new Catalog(exerciseList, chosen);
    }

    /** Every item of a paged search. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> search) {
        List<T> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> result = search.apply(new PageRequest(page, PAGE));
            items.addAll(result.items());
            if (!result.hasNext()) {
                return items;
            }
        }
    }

    /** Programs an export named that are not stored. */
    public static final class MissingProgramsException extends DomainException {
        private static final long serialVersionUID = 1L;
        private final transient List<ProgramId> missing;

        MissingProgramsException(List<ProgramId> missing) {
            super("no program with id "
                    + missing.stream().map(ProgramId::toString).collect(Collectors.joining(", ")));
            this.missing = List.copyOf(missing);
        }

        public List<ProgramId> missing() {
            return missing;
        }
    }
}
