package dev.limber.domain.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.ModelField;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.store.memory.InMemoryStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing a catalog into a store that already holds some of it, on the in-memory store. */
class ImportCatalogTest {
    private static final Exercise MONSTER_WALK = Exercise.builder("monster-walk", "Monster Walk")
            .kind(ExerciseKind.DYNAMIC)
            .primary(Target.ABDUCTORS, Target.GLUTES)
            .build();
    /** Leg swings as the store holds them after an app changed them. */
    private static final Exercise EDITED_LEG_SWINGS =
            BuiltInCatalog.LEG_SWINGS.toBuilder().equipment("wall").build();

    private final InMemoryStore store = new InMemoryStore();
    private final ImportCatalog importer = new ImportCatalog(store.exercises(), store.programs(), store.transactions());

    @BeforeEach
    void storeHoldsEditedLegSwingsAndGluteBridges() {
        store.exercises().addAll(List.of(EDITED_LEG_SWINGS, BuiltInCatalog.GLUTE_BRIDGE));
    }

    private static final ProgramId WALK_AND_BRIDGE = ProgramId.of("walk-and-bridge");

    /** A program with a step of ten reps for each exercise named. */
    private static Program walkAndBridge(String... exercises) {
        return Program.builder(WALK_AND_BRIDGE.value(), "Walk and Bridge")
                .session(Session.of(
                        "S",
                        Phase.of(
                                PhaseKind.MAIN,
                                Stream.of(exercises)
                                        .map(id -> ExerciseStep.of(id, Prescription.reps(10)))
                                        .toArray(Step[]::new))))
                .build();
    }

    @Test
    void skipKeepsWhatTheStoreHoldsAndAddsTheRest() {
        Catalog catalog =
                new Catalog(List.of(BuiltInCatalog.LEG_SWINGS, BuiltInCatalog.GLUTE_BRIDGE, MONSTER_WALK), List.of());
        ImportReport report =
                importer.run(new ImportCatalog.Command(catalog, ConflictPolicy.SKIP, ImportCatalog.Mode.WRITE));
        assertEquals(new ImportReport.Counts(1, 0, 1, 1), report.exercises());
        Stored<Exercise> legSwings =
                store.exercises().find(BuiltInCatalog.LEG_SWINGS.id()).orElseThrow();
        assertEquals(EDITED_LEG_SWINGS, legSwings.value());
        assertEquals(1L, legSwings.version());
        assertEquals(3, store.exercises().count());
    }

    @Test
    void replaceOverwritesWhatDiffersAndLeavesTheSameAlone() {
        Catalog catalog = new Catalog(List.of(BuiltInCatalog.LEG_SWINGS, BuiltInCatalog.GLUTE_BRIDGE), List.of());
        ImportReport report =
                importer.run(new ImportCatalog.Command(catalog, ConflictPolicy.REPLACE, ImportCatalog.Mode.WRITE));
        assertEquals(new ImportReport.Counts(0, 1, 0, 1), report.exercises());
        Stored<Exercise> legSwings =
                store.exercises().find(BuiltInCatalog.LEG_SWINGS.id()).orElseThrow();
        assertEquals(BuiltInCatalog.LEG_SWINGS, legSwings.value());
        assertEquals(2L, legSwings.version());
        assertEquals(
                1L,
                store.exercises()
                        .find(BuiltInCatalog.GLUTE_BRIDGE.id())
                        .orElseThrow()
                        .version());
    }

    @Test
    void stepsMayNameExercisesOfTheCatalogOrOfTheStore() {
        Catalog catalog = new Catalog(List.of(MONSTER_WALK), List.of(walkAndBridge("monster-walk", "glute-bridge")));
        ImportReport report =
                importer.run(new ImportCatalog.Command(catalog, ConflictPolicy.FAIL, ImportCatalog.Mode.WRITE));
        assertEquals(1, report.programs().created());
        assertEquals(
                walkAndBridge("monster-walk", "glute-bridge"),
                store.programs().find(WALK_AND_BRIDGE).orElseThrow().value());
    }

    @Test
    void everyStepNamingAnUnknownExerciseIsPlacedAndNothingIsWritten() {
        Catalog catalog = new Catalog(
                List.of(MONSTER_WALK),
                List.of(walkAndBridge("monster-walk", "no-such-move", "glute-bridge", "nor-this-one")));
        MisfitStepsException refused = assertThrows(
                MisfitStepsException.class,
                () -> importer.run(
                        new ImportCatalog.Command(catalog, ConflictPolicy.REPLACE, ImportCatalog.Mode.WRITE)));
        assertEquals(
                List.of(1, 3),
                refused.problems().stream().map(p -> p.location().step()).toList());
        assertTrue(
                refused.problems().stream()
                        .allMatch(p -> p.field() == ModelField.STEP_EXERCISE
                                && p.catalogIndex().equals(java.util.OptionalInt.of(0))),
                refused.problems().toString());
        assertTrue(store.exercises().find(MONSTER_WALK.id()).isEmpty());
        assertEquals(0, store.programs().count());
    }

    @Test
    void progressCountsEveryExerciseAndProgramOnce() {
        AtomicInteger done = new AtomicInteger();
        Catalog catalog =
                new Catalog(List.of(BuiltInCatalog.LEG_SWINGS, MONSTER_WALK), List.of(walkAndBridge("monster-walk")));
        importer.run(
                new ImportCatalog.Command(catalog, ConflictPolicy.SKIP, ImportCatalog.Mode.WRITE), done::addAndGet);
        assertEquals(3, done.get());
    }

    @Test
    void committingIsToldOnceAfterTheLastStep() {
        List<String> told = new java.util.ArrayList<>();
        Catalog catalog =
                new Catalog(List.of(BuiltInCatalog.LEG_SWINGS, MONSTER_WALK), List.of(walkAndBridge("monster-walk")));
        importer.run(
                new ImportCatalog.Command(catalog, ConflictPolicy.SKIP, ImportCatalog.Mode.WRITE),
                new ImportCatalog.Progress() {
                    @Override
                    public void stepBy(int items) {
                        told.add("step " + items);
                    }

                    @Override
                    public void committing() {
                        told.add("committing");
                    }
                });
        assertEquals("committing", told.get(told.size() - 1), told.toString());
        assertEquals(1, told.stream().filter("committing"::equals).count(), told.toString());
    }

    @Test
    void aProgramTheStoreHoldsIsReplacedOnlyWhenAskedTo() {
        store.programs().save(walkAndBridge("glute-bridge"), ExpectedVersion.absent());
        Catalog changed = new Catalog(List.of(), List.of(walkAndBridge("glute-bridge", "glute-bridge")));
        assertEquals(
                1,
                importer.run(new ImportCatalog.Command(changed, ConflictPolicy.SKIP, ImportCatalog.Mode.WRITE))
                        .programs()
                        .skipped());
        assertEquals(
                walkAndBridge("glute-bridge"),
                store.programs().find(WALK_AND_BRIDGE).orElseThrow().value());
        assertEquals(
                1,
                importer.run(new ImportCatalog.Command(changed, ConflictPolicy.REPLACE, ImportCatalog.Mode.WRITE))
                        .programs()
                        .replaced());
        assertEquals(
                walkAndBridge("glute-bridge", "glute-bridge"),
                store.programs().find(WALK_AND_BRIDGE).orElseThrow().value());
    }

    @Test
    void replacedBuiltInExercisesAreNamedApartEvenOnADryRun() {
        Exercise custom = Exercise.builder("custom-move", "Custom Move")
                .primary(Target.GLUTES)
                .source(new Source("a coach", null, "CC0-1.0"))
                .build();
        store.exercises().addAll(List.of(custom));
        Catalog catalog = new Catalog(
                List.of(
                        BuiltInCatalog.LEG_SWINGS,
                        BuiltInCatalog.GLUTE_BRIDGE.toBuilder().equipment("mat").build(),
                        custom.toBuilder().equipment("mat").build(),
                        MONSTER_WALK),
                List.of());
        ImportReport skipped =
                importer.run(new ImportCatalog.Command(catalog, ConflictPolicy.SKIP, ImportCatalog.Mode.DRY_RUN));
        assertEquals(3, skipped.exercises().skipped());
        assertEquals(List.of(), skipped.replacedBuiltIns());
        for (ImportCatalog.Mode mode : List.of(ImportCatalog.Mode.DRY_RUN, ImportCatalog.Mode.WRITE)) {
            ImportReport report = importer.run(new ImportCatalog.Command(catalog, ConflictPolicy.REPLACE, mode));
            assertEquals(new ImportReport.Counts(1, 3, 0, 0), report.exercises(), mode.name());
            assertEquals(
                    List.of(BuiltInCatalog.LEG_SWINGS.id(), BuiltInCatalog.GLUTE_BRIDGE.id()),
                    report.replacedBuiltIns(),
                    mode.name());
        }
    }

    @Test
    void underSkipTheCatalogsProgramsMustFitTheStoredExerciseTheyWillMeet() {
        // The store's leg swings are per side; the catalog's bilateral ones are skipped.
        Exercise bilateral = BuiltInCatalog.LEG_SWINGS.toBuilder()
                .laterality(Laterality.BILATERAL)
                .build();
        Program perSide = Program.builder("swings", "Swings")
                .session(Session.of(
                        "S",
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of(
                                        "leg-swings", Prescription.reps(10).eachSide()))))
                .build();
        Catalog catalog = new Catalog(List.of(bilateral), List.of(perSide));
        ImportReport report =
                importer.run(new ImportCatalog.Command(catalog, ConflictPolicy.SKIP, ImportCatalog.Mode.WRITE));
        assertEquals(1, report.exercises().skipped());
        assertEquals(1, report.programs().created());
        MisfitStepsException refused = assertThrows(
                MisfitStepsException.class,
                () -> importer.run(new ImportCatalog.Command(
                        new Catalog(List.of(bilateral), List.of(perSide)),
                        ConflictPolicy.REPLACE,
                        ImportCatalog.Mode.DRY_RUN)));
        assertEquals(ModelField.PRESCRIPTION_PER_SIDE, refused.problems().get(0).field());
    }

    @Test
    void aStepThatAlreadyMisfitIsNotBlamedOnTheReplacement() {
        // Written through the port, which checks only that the exercise exists: a store filled
        // before replacements were checked can hold such a step.
        Program misfit = Program.builder("misfit", "Misfit")
                .session(Session.of(
                        "S",
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of(
                                        "glute-bridge", Prescription.reps(10).eachSide()))))
                .build();
        store.programs().save(misfit, ExpectedVersion.absent());
        Exercise otherBridge =
                BuiltInCatalog.GLUTE_BRIDGE.toBuilder().equipment("mat").build();
        ImportReport report = importer.run(new ImportCatalog.Command(
                new Catalog(List.of(otherBridge), List.of()), ConflictPolicy.REPLACE, ImportCatalog.Mode.WRITE));
        assertEquals(1, report.exercises().replaced());
    }
}
