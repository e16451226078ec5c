package dev.limber.domain.usecase;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Imports a catalog into the store, all or nothing. Steps must name exercises of the catalog
 * itself or of the store; per-side doses must fit the exercise. Identical entries are left alone,
 * so running the same import twice changes nothing; differing ones follow the conflict policy:
 * under {@code fail} every clashing id is reported at once ({@link ClashingIdsException}); under
 * {@code replace} a replaced exercise must still fit every stored program that uses it, unless the
 * import replaces that program too ({@link BreaksStoredProgramsException}). Everything is decided
 * before anything is written, so a dry run refuses exactly what the real import would. An
 * exercise's {@code variationOf} must name an exercise of the catalog or of the store
 * ({@link UnknownVariationOfException}).
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
            Catalog catalog = command.catalog();
            ExerciseDecisions exercisePlan = decideExercises(command);
            List<Program> storedPrograms = decidePrograms(command.catalog());
            ExerciseLookup after = ExerciseLookup.of(exercisePlan.after()).orElse(ExerciseLookup.of(exercises));
            checkReferences(catalog, after);
            new CheckVariationLinks(exercises::existing).check(catalog);
            List<ClashingIdsException.Clash> clashes = new ArrayList<>(exercisePlan.clashes());
            clashes.addAll(programClashes(command, storedPrograms));
            if (!clashes.isEmpty()) {
                throw new ClashingIdsException(clashes);
            }
            List<BreaksStoredProgramsException.Break> breaks = StoredProgramFit.breaks(
                    programs,
                    exercisePlan.replaced(),
                    rewritten(command, storedPrograms),
                    ExerciseLookup.of(exercisePlan.stored().values()).orElse(ExerciseLookup.of(exercises)),
                    after);
            if (!breaks.isEmpty()) {
                throw new BreaksStoredProgramsException(breaks);
            }
            ImportReport.Counts exerciseCounts = importExercises(command, exercisePlan, progress);
            ImportReport.Counts programCounts = importPrograms(command, storedPrograms, progress);
            progress.committing();
            return new ImportReport(exerciseCounts, programCounts, exercisePlan.replacedBuiltIns(), command.dryRun());
        });
    }

    /** What an id stored with other content becomes: one decision per policy, checked by the compiler. */
    private enum Outcome {
        CLASH,
        SKIPPED,
        REPLACED
    }

    private static Outcome onConflict(ConflictPolicy policy) {
        return switch (policy) {
            case SKIP -> Outcome.SKIPPED;
            case REPLACE -> Outcome.REPLACED;
            case FAIL -> Outcome.CLASH;
        };
    }

    /**
     * The exercises' fate, decided before anything is written: what is stored under their ids
     * (read in one go), which are new, replaced (with their positions in the catalog) or clash,
     * the replaced ones that were Limber's built-in exercises, and every exercise of the catalog
     * as it will be after the import (a skipped one as stored).
     */
    private record ExerciseDecisions(
            Map<ExerciseId, Exercise> stored,
            List<Exercise> fresh,
            Map<ExerciseId, OptionalInt> replaced,
            List<ClashingIdsException.Clash> clashes,
            List<ExerciseId> replacedBuiltIns,
            List<Exercise> after) {}

    private ExerciseDecisions decideExercises(Command command) {
        List<Exercise> incoming = command.catalog().exercises();
        Set<ExerciseId> storedIds =
                exercises.existing(incoming.stream().map(Exercise::id).toList());
        Map<ExerciseId, Exercise> current = storedIds.isEmpty() ? Map.of() : exercises.findAll(storedIds);
        List<Exercise> fresh = new ArrayList<>();
        Map<ExerciseId, OptionalInt> replaced = new LinkedHashMap<>();
        List<ClashingIdsException.Clash> clashes = new ArrayList<>();
        List<ExerciseId> replacedBuiltIns = new ArrayList<>();
        List<Exercise> after = new ArrayList<>(incoming.size());
        for (int i = 0; i < incoming.size(); i++) {
            Exercise exercise = incoming.get(i);
            Exercise stored = current.get(exercise.id());
            if (stored == null) {
                fresh.add(exercise);
                after.add(exercise);
                continue;
            }
            if (exercise.equals(stored)) {
                after.add(exercise);
                continue;
            }
            switch (onConflict(command.onConflict())) {
                case CLASH -> {
                    clashes.add(new ClashingIdsException.Clash(
                            ClashingIdsException.Kind.EXERCISE, i, exercise.id().value()));
                    after.add(exercise);
                }
                case SKIPPED -> after.add(stored);
                case REPLACED -> {
                    replaced.put(exercise.id(), OptionalInt.of(i));
                    if (Source.BUILT_IN.equals(stored.source())) {
                        replacedBuiltIns.add(exercise.id());
                    }
                    after.add(exercise);
                }
            }
        }
        return new ExerciseDecisions(current, fresh, replaced, clashes, replacedBuiltIns, after);
    }

    /** What is stored under the catalog's program ids, by position (null where nothing is). */
    private List<Program> decidePrograms(Catalog catalog) {
        List<Program> stored = new ArrayList<>(catalog.programs().size());
        for (Program program : catalog.programs()) {
            stored.add(programs.find(program.id()).map(Stored::value).orElse(null));
        }
        return stored;
    }

    private static List<ClashingIdsException.Clash> programClashes(Command command, List<Program> stored) {
        List<ClashingIdsException.Clash> clashes = new ArrayList<>();
        List<Program> incoming = command.catalog().programs();
        for (int i = 0; i < incoming.size(); i++) {
            Program current = stored.get(i);
            if (current != null
                    && !current.equals(incoming.get(i))
                    && onConflict(command.onConflict()) == Outcome.CLASH) {
                clashes.add(new ClashingIdsException.Clash(
                        ClashingIdsException.Kind.PROGRAM,
                        i,
                        incoming.get(i).id().value()));
            }
        }
        return clashes;
    }

    /** The stored programs whose catalog version the import writes (or holds already): checked as imported. */
    private static Set<ProgramId> rewritten(Command command, List<Program> stored) {
        Set<ProgramId> rewritten = new HashSet<>();
        List<Program> incoming = command.catalog().programs();
        for (int i = 0; i < incoming.size(); i++) {
            Program current = stored.get(i);
            if (current != null
                    && (current.equals(incoming.get(i)) || onConflict(command.onConflict()) == Outcome.REPLACED)) {
                rewritten.add(current.id());
            }
        }
        return rewritten;
    }

    private ImportReport.Counts importExercises(Command command, ExerciseDecisions plan, Progress progress) {
        boolean dryRun = command.dryRun();
        int replaced = 0;
        int skipped = 0;
        int unchanged = 0;
        for (Exercise exercise : command.catalog().exercises()) {
            Exercise stored = plan.stored().get(exercise.id());
            if (stored == null) {
                continue;
            }
            progress.stepBy(1);
            if (exercise.equals(stored)) {
                unchanged++;
            } else if (plan.replaced().containsKey(exercise.id())) {
                replaced++;
                if (!dryRun) {
                    exercises.save(exercise, ExpectedVersion.any());
                }
            } else {
                skipped++;
            }
        }
        List<Exercise> fresh = plan.fresh();
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<Exercise> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
            if (!dryRun) {
                exercises.addAll(batch);
            }
            progress.stepBy(batch.size());
        }
        return new ImportReport.Counts(fresh.size(), replaced, skipped, unchanged);
    }

    private ImportReport.Counts importPrograms(Command command, List<Program> stored, Progress progress) {
        List<Program> incoming = command.catalog().programs();
        boolean dryRun = command.dryRun();
        int created = 0;
        int replaced = 0;
        int skipped = 0;
        int unchanged = 0;
        for (int i = 0; i < incoming.size(); i++) {
            Program program = incoming.get(i);
            Program current = stored.get(i);
            progress.stepBy(1);
            if (current == null) {
                created++;
                if (!dryRun) {
                    programs.save(program, ExpectedVersion.absent());
                }
            } else if (current.equals(program)) {
                unchanged++;
            } else if (onConflict(command.onConflict()) == Outcome.SKIPPED) {
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

    /**
     * Every step must name a known exercise with a fitting dose: of the catalog as it will be
     * after the import (a skipped exercise as stored), else of the store.
     */
    private static void checkReferences(Catalog catalog, ExerciseLookup after) {
        List<ExerciseId> named = catalog.programs().stream()
                .flatMap(program -> program.exerciseIds().stream())
                .toList();
        // The store is asked once, for the ids the catalog does not hold itself.
        ExerciseLookup lookup = after.prefetch(named).cached();
        List<MisfitStepsException.Problem> problems = new ArrayList<>();
        for (int p = 0; p < catalog.programs().size(); p++) {
            problems.addAll(ProgramReferences.problems(catalog.programs().get(p), OptionalInt.of(p), lookup));
        }
        if (!problems.isEmpty()) {
            throw new MisfitStepsException(problems);
        }
    }
}
