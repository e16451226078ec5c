package dev.limber.domain.usecase;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.program.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Imports a catalog into the store, all or nothing. Steps must name exercises of the catalog
 * itself or of the store; per-side doses must fit the exercise. Identical entries are left alone,
 * so running the same import twice changes nothing; differing ones follow the conflict policy.
 */
public final class ImportCatalog {
    private final Exercises exercises;
    private final Programs programs;
    private final Transactions transactions;

    public ImportCatalog(Exercises exercises, Programs programs, Transactions transactions) {
        this.exercises = exercises;
        this.programs = programs;
        this.transactions = transactions;
    }

    /** New exercises are written in batches of this many, with progress reported after each. */
    static final int BATCH = 1000;

    /** Whether an import writes, or only reports what it would write. */
    public enum Mode {
        WRITE,
        DRY_RUN
    }

    /**
     * What to import and how.
     *
     * @param catalog    the exercises and programs to import
     * @param onConflict what to do with an id stored with other content
     * @param mode       write, or only report what would be written
     */
    public record Command(Catalog catalog, ConflictPolicy onConflict, Mode mode) {
        public Command {
            Checks.required("catalog", catalog);
            Checks.required("onConflict", onConflict);
            Checks.required("mode", mode);
        }

        /** Writes the catalog, refusing the whole import when an id is stored with other content. */
        public static Command write(Catalog catalog) {
            return new Command(catalog, ConflictPolicy.FAIL, Mode.WRITE);
        }

        boolean dryRun() {
            return mode == Mode.DRY_RUN;
        }
    }

    /**
     * What an import tells a progress display as it goes, on the importing thread: each step's
     * count, then that everything is written and the store is committing it (on a large import
     * into an embedded database that takes seconds of its own).
     */
    @FunctionalInterface
    public interface Progress {
        /** {@code items} more exercises or programs dealt with. */
        void stepBy(int items);

        /** Every item is written; the store is now committing the import. */
        default void committing() {}
    }

    public ImportReport run(Command command) {
        return run(command, done -> {});
    }

    /**
     * Imports as {@link #run(Command)} does, telling {@code progress} how many exercises and
     * programs each step dealt with (a progress bar moves with it). Stored ids are looked up once,
     * before anything is written, so the cost stays linear in the catalog.
     */
    public ImportReport run(Command command, Progress progress) {
        Checks.required("command", command);
        Checks.required("progress", progress);
        return transactions.inTransaction(() -> {
            checkReferences(command.catalog());
            ImportReport.Counts exerciseCounts = importExercises(command, progress);
            ImportReport.Counts programCounts = importPrograms(command, progress);
            progress.committing();
            return new ImportReport(exerciseCounts, programCounts, command.dryRun());
        });
    }

    /** What an id stored with other content becomes: one decision per policy, checked by the compiler. */
    private enum Outcome {
        SKIPPED,
        REPLACED
    }

    private static Outcome onConflict(ConflictPolicy policy, String what, Object id) {
        return switch (policy) {
            case SKIP -> Outcome.SKIPPED;
            case REPLACE -> Outcome.REPLACED;
            case FAIL ->
                throw new ConflictException(
                        ConflictException.Reason.ALREADY_EXISTS,
                        what + " " + id + " already exists with other content (choose skip or replace)");
        };
    }

    private ImportReport.Counts importExercises(Command command, Progress progress) {
        List<Exercise> incoming = command.catalog().exercises();
        boolean dryRun = command.dryRun();
        Set<ExerciseId> stored =
                exercises.existing(incoming.stream().map(Exercise::id).toList());
        // What is stored under those ids, read in one go (not one read per id).
        Map<ExerciseId, Exercise> current = stored.isEmpty() ? Map.of() : exercises.findAll(stored);
        List<Exercise> fresh = new ArrayList<>();
        int replaced = 0;
        int skipped = 0;
        int unchanged = 0;
        for (Exercise exercise : incoming) {
            if (!stored.contains(exercise.id())) {
                fresh.add(exercise);
                continue;
            }
            progress.stepBy(1);
            if (exercise.equals(current.get(exercise.id()))) {
                unchanged++;
            } else if (onConflict(command.onConflict(), "exercise", exercise.id()) == Outcome.SKIPPED) {
                skipped++;
            } else {
                replaced++;
                if (!dryRun) {
                    exercises.save(exercise, ExpectedVersion.any());
                }
            }
        }
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<Exercise> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
            if (!dryRun) {
                exercises.addAll(batch);
            }
            progress.stepBy(batch.size());
        }
        return new ImportReport.Counts(fresh.size(), replaced, skipped, unchanged);
    }

    private ImportReport.Counts importPrograms(Command command, Progress progress) {
        List<Program> incoming = command.catalog().programs();
        boolean dryRun = command.dryRun();
        int created = 0;
        int replaced = 0;
        int skipped = 0;
        int unchanged = 0;
        for (Program program : incoming) {
            progress.stepBy(1);
            Optional<Program> current = programs.find(program.id()).map(Stored::value);
            if (current.isEmpty()) {
                created++;
                if (!dryRun) {
                    programs.save(program, ExpectedVersion.absent());
                }
            } else if (current.get().equals(program)) {
                unchanged++;
            } else if (onConflict(command.onConflict(), "program", program.id()) == Outcome.SKIPPED) {
                skipped++;
            } else {
                replaced++;
                if (!dryRun) {
                    programs.save(program, ExpectedVersion.any());
                }
            }
        }
        return new ImportReport.Counts(created, replaced, skipped, unchanged);
    }

    /** Every step must name a known exercise (of the catalog, else the store) with a fitting dose. */
    private void checkReferences(Catalog catalog) {
        List<ExerciseId> named = catalog.programs().stream()
                .flatMap(program -> program.exerciseIds().stream())
                .toList();
        // The store is asked once, for the ids the catalog does not hold itself.
        ExerciseLookup lookup = ExerciseLookup.of(catalog)
                .orElse(ExerciseLookup.of(exercises))
                .prefetch(named)
                .cached();
        List<MisfitStepsException.Problem> problems = new ArrayList<>();
        for (int p = 0; p < catalog.programs().size(); p++) {
            problems.addAll(ProgramReferences.problems(catalog.programs().get(p), OptionalInt.of(p), lookup));
        }
        if (!problems.isEmpty()) {
            throw new MisfitStepsException(problems);
        }
    }
}
