package dev.limber.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.PageRequest;
import dev.limber.domain.query.ProgramQuery;
import dev.limber.domain.usecase.ConflictPolicy;
import dev.limber.domain.usecase.ImportCatalog;
import dev.limber.domain.usecase.ImportReport;
import dev.limber.domain.usecase.SeedBuiltInCatalog;
import io.micronaut.context.ApplicationContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store ports' contract, run against every database the adapter supports: subclasses say
 * which. Each test starts from an empty store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {
    private Map<String, Object> database;
    ApplicationContext context;
    Exercises exercises;
    Programs programs;
    Transactions transactions;

    abstract Map<String, Object> database();

    @BeforeAll
    void start() {
        database = database();
        Map<String, Object> properties = new java.util.HashMap<>(database);
        properties.put("limber.seed.enabled", "false");
        context = ApplicationContext.run(properties);
        exercises = context.getBean(Exercises.class);
        programs = context.getBean(Programs.class);
        transactions = context.getBean(Transactions.class);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            TestDatabases.cleanUp(database);
        }
    }

    @BeforeEach
    void empty() {
        transactions.inTransaction(() -> {
            programs.search(new ProgramQuery(null, new PageRequest(0, 100))).items()
                    .forEach(p -> programs.delete(p.id(), ExpectedVersion.any()));
            for (Page<Exercise> page = exercises.search(ExerciseQuery.all(new PageRequest(0, 100)));
                    !page.items().isEmpty(); page = exercises.search(ExerciseQuery.all(new PageRequest(0, 100)))) {
                page.items().forEach(e -> exercises.delete(e.id(), ExpectedVersion.any()));
            }
            return null;
        });
    }

    static Exercise exercise(String id, String name, ExerciseKind kind, Target... primary) {
        return Exercise.builder(id, name).kind(kind).primary(primary).cues("Cue one of " + name, "Cue two").build();
    }

    /** A program using every structural feature: two sessions, days, circuits, reps with hold, sets with rest. */
    static Program everyFeature() {
        return Program.builder("every-feature", "Every Feature").description("Uses all of it").tags("test", "leg-day")
                .session(Session.of("Leg day",
                        Phase.of(PhaseKind.WARM_UP, ExerciseStep.of("leg-swings", Prescription.seconds(30).eachSide())),
                        Phase.of(PhaseKind.MAIN,
                                ExerciseStep.of("glute-bridge", Prescription.reps(10).sets(3).rest(Duration.ofSeconds(45))),
                                Circuit.of("Core", 2, Duration.ofSeconds(30),
                                        ExerciseStep.of("glute-bridge", Prescription.reps(12).hold(Duration.ofSeconds(2))),
                                        ExerciseStep.of("leg-swings", Prescription.seconds(20).eachSide().catalogChoice())
                                                .withNote("Slow and controlled"))))
                        .on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))
                .session(Session.of("Cool", Phase.of(PhaseKind.COOL_DOWN,
                        ExerciseStep.of("glute-bridge", Prescription.seconds(60).fromArticle()))))
                .build();
    }

    void storeBasics() {
        exercises.addAll(List.of(BuiltInCatalog.LEG_SWINGS,
                exercise("glute-bridge", "Glute Bridge", ExerciseKind.STRENGTH, Target.GLUTES, Target.HAMSTRINGS)));
    }

    @Test
    void everyBuiltInProgramLoadsExactlyAsSaved() {
        assertTrue(new SeedBuiltInCatalog(exercises, programs, transactions).ifEmpty());
        Catalog builtIn = BuiltInCatalog.catalog();
        for (Program program : builtIn.programs()) {
            assertEquals(program, programs.find(program.id()).orElseThrow().value(), program.id().value());
        }
        for (Exercise exercise : builtIn.exercises()) {
            assertEquals(exercise, exercises.find(exercise.id()).orElseThrow().value());
        }
        assertFalse(new SeedBuiltInCatalog(exercises, programs, transactions).ifEmpty(), "seeds only an empty store");
    }

    @Test
    void aProgramWithCircuitsDaysAndHoldsRoundTrips() {
        storeBasics();
        Stored<Program> saved = programs.save(everyFeature(), ExpectedVersion.absent());
        assertEquals(1L, saved.version());
        assertEquals(everyFeature(), programs.find(ProgramId.of("every-feature")).orElseThrow().value());
    }

    @Test
    void replacingAProgramLeavesNoOrphans() throws Exception {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        Program smaller = Program.builder("every-feature", "Smaller").session(Session.of("Only",
                Phase.of(PhaseKind.MAIN, ExerciseStep.of("glute-bridge", Prescription.reps(5))))).build();
        Stored<Program> replaced = programs.save(smaller, ExpectedVersion.exactly(1));
        assertEquals(2L, replaced.version());
        assertEquals(smaller, programs.find(smaller.id()).orElseThrow().value());
        assertEquals(1, rows("program_step_item"));
        assertEquals(1, rows("program_session"));
        assertEquals(0, rows("program_tag"));
    }

    long rows(String table) {
        return context.getBean(dev.limber.persistence.transaction.Jdbc.class).read(connection -> {
            try (var statement = connection.createStatement();
                 var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    @Test
    void deletingAnExerciseInUseIsRefusedNamingThePrograms() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        ConflictException refused = assertThrows(ConflictException.class,
                () -> exercises.delete(ExerciseId.of("glute-bridge"), ExpectedVersion.any()));
        assertEquals(ConflictException.Reason.IN_USE, refused.reason());
        assertEquals(List.of("every-feature"), refused.programs());
        assertTrue(exercises.find(ExerciseId.of("glute-bridge")).isPresent());
    }

    @Test
    void aStepNamingAnUnknownExerciseIsRefused() {
        storeBasics();
        Program unknown = Program.builder("unknown", "Unknown").session(Session.of("S",
                Phase.of(PhaseKind.MAIN, ExerciseStep.of("no-such-move", Prescription.reps(5))))).build();
        ConflictException refused = assertThrows(ConflictException.class,
                () -> programs.save(unknown, ExpectedVersion.any()));
        assertEquals(ConflictException.Reason.UNKNOWN_REFERENCE, refused.reason());
        assertTrue(refused.getMessage().contains("no-such-move"), refused.getMessage());
        assertTrue(programs.find(unknown.id()).isEmpty());
    }

    @Test
    void aStaleVersionIsRefused() {
        storeBasics();
        Stored<Exercise> first = exercises.find(ExerciseId.of("glute-bridge")).orElseThrow();
        Exercise renamed = first.value().toBuilder().equipment("mat").build();
        exercises.save(renamed, ExpectedVersion.exactly(first.version()));
        ConflictException refused = assertThrows(ConflictException.class,
                () -> exercises.save(first.value(), ExpectedVersion.exactly(first.version())));
        assertEquals(ConflictException.Reason.STALE_VERSION, refused.reason());
        assertEquals(renamed, exercises.find(ExerciseId.of("glute-bridge")).orElseThrow().value());
    }

    @Test
    void twoConcurrentWritersOneWinsAndNothingIsLost() throws Exception {
        storeBasics();
        long version = programs.save(everyFeature(), ExpectedVersion.absent()).version();
        Program a = rename(everyFeature(), "Writer A");
        Program b = rename(everyFeature(), "Writer B");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Program p : List.of(a, b)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        programs.save(p, ExpectedVersion.exactly(version));
                        return p.name();
                    } catch (ConflictException conflict) {
                        assertEquals(ConflictException.Reason.STALE_VERSION, conflict.reason());
                        return "conflict";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertEquals(1, results.stream().filter("conflict"::equals).count(), results.toString());
            String winner = results.stream().filter(r -> !r.equals("conflict")).findFirst().orElseThrow();
            Stored<Program> stored = programs.find(a.id()).orElseThrow();
            assertEquals(winner, stored.value().name());
            assertEquals(rename(everyFeature(), winner), stored.value());
            assertEquals(version + 1, stored.version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyExercisesAreFoundAtOnceAndMissingOnesLeftOut() {
        storeBasics();
        Map<ExerciseId, Exercise> found = exercises.findAll(List.of(ExerciseId.of("glute-bridge"),
                ExerciseId.of("no-such-move"), BuiltInCatalog.LEG_SWINGS.id(), ExerciseId.of("glute-bridge")));
        assertEquals(List.of(ExerciseId.of("glute-bridge"), BuiltInCatalog.LEG_SWINGS.id()), List.copyOf(found.keySet()));
        assertEquals(BuiltInCatalog.LEG_SWINGS, found.get(BuiltInCatalog.LEG_SWINGS.id()));
    }

    @Test
    void theWarmUpCandidatesAreEveryExerciseOfTheKindsAskedInIdOrder() {
        storeBasics();
        exercises.addAll(List.of(exercise("arm-circles", "Arm Circles", ExerciseKind.MOBILITY, Target.SHOULDERS),
                exercise("zz-skip", "Skip", ExerciseKind.DYNAMIC, Target.CALVES)));
        assertEquals(List.of("arm-circles", "leg-swings", "zz-skip"), exercises.ofKinds(
                java.util.EnumSet.of(ExerciseKind.DYNAMIC, ExerciseKind.MOBILITY)).stream().map(e -> e.id().value()).toList());
        assertEquals(List.of(), exercises.ofKinds(java.util.EnumSet.of(ExerciseKind.CARDIO)));
    }

    @Test
    void twoServiceInstancesOnOneDatabaseNeverLoseAnUpdate() {
        storeBasics();
        long version = programs.save(everyFeature(), ExpectedVersion.absent()).version();
        Map<String, Object> properties = new java.util.HashMap<>(database);
        properties.put("limber.seed.enabled", "false");
        try (ApplicationContext other = ApplicationContext.run(properties)) {
            Programs otherPrograms = other.getBean(Programs.class);
            // Both instances read version 1; instance A writes first, then B writes on what it read.
            programs.save(rename(everyFeature(), "Instance A"), ExpectedVersion.exactly(version));
            ConflictException refused = assertThrows(ConflictException.class,
                    () -> otherPrograms.save(rename(everyFeature(), "Instance B"), ExpectedVersion.exactly(version)));
            assertEquals(ConflictException.Reason.STALE_VERSION, refused.reason());
            assertEquals("Instance A", otherPrograms.find(ProgramId.of("every-feature")).orElseThrow().value().name());
        }
    }

    static Program rename(Program program, String name) {
        return new Program(program.id(), name, program.description(), program.tags(), program.sessions());
    }

    @Test
    void exercisesPageByKindTargetAndNameSortedByName() {
        List<Exercise> many = new ArrayList<>();
        IntStream.range(0, 25).forEach(i -> many.add(exercise("hamstring-move-" + i, "Hamstring Move " + (char) ('Z' - i),
                i % 2 == 0 ? ExerciseKind.DYNAMIC : ExerciseKind.STRENGTH, Target.HAMSTRINGS)));
        many.add(Exercise.builder("plank", "Plank").kind(ExerciseKind.STRENGTH).primary(Target.ABDOMINALS)
                .secondary(Target.GLUTES).build());
        many.add(Exercise.builder("under-score", "100%_Under").kind(ExerciseKind.CARDIO).primary(Target.CALVES).build());
        exercises.addAll(many);

        Page<Exercise> first = exercises.search(ExerciseQuery.all(new PageRequest(0, 10)));
        assertEquals(27, first.total());
        assertEquals(10, first.items().size());
        assertEquals("100%_Under", first.items().get(0).name());
        assertEquals("Hamstring Move B", first.items().get(1).name());
        Page<Exercise> last = exercises.search(ExerciseQuery.all(new PageRequest(2, 10)));
        assertEquals(7, last.items().size());
        assertEquals("Plank", last.items().get(6).name());

        assertEquals(13, exercises.search(new ExerciseQuery(ExerciseKind.DYNAMIC, null, null, new PageRequest(0, 100))).total());
        Page<Exercise> glutes = exercises.search(new ExerciseQuery(null, Target.GLUTES, null, new PageRequest(0, 100)));
        assertEquals(List.of("plank"), glutes.items().stream().map(e -> e.id().value()).toList(), "secondary targets match");
        assertEquals(25, exercises.search(new ExerciseQuery(null, null, "hAmStRiNg", new PageRequest(0, 100))).total());
        assertEquals(1, exercises.search(new ExerciseQuery(null, null, "%_", new PageRequest(0, 100))).total(),
                "LIKE wildcards in the search text are taken literally");
        assertEquals(0, exercises.search(new ExerciseQuery(ExerciseKind.CARDIO, Target.GLUTES, null, new PageRequest(0, 5))).total());
    }

    @Test
    void programsPageByTag() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        programs.save(Program.builder("other", "Another").tags("core").session(Session.of("S",
                Phase.of(PhaseKind.MAIN, ExerciseStep.of("glute-bridge", Prescription.reps(5))))).build(),
                ExpectedVersion.absent());
        assertEquals(2, programs.search(new ProgramQuery(null, PageRequest.first())).total());
        Page<Program> legDay = programs.search(new ProgramQuery("leg-day", PageRequest.first()));
        assertEquals(List.of(ProgramId.of("every-feature")), legDay.items().stream().map(Program::id).toList());
        assertEquals("Another", programs.search(new ProgramQuery(null, PageRequest.first())).items().get(0).name());
    }

    @Test
    void anImportThatFailsHalfwayLeavesTheStoreExactlyAsBefore() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        List<Long> before = List.of(rows("exercise"), rows("exercise_target"), rows("exercise_text"),
                rows("program"), rows("program_step_item"));
        Exercise fresh = exercise("dead-bug", "Dead Bug", ExerciseKind.STRENGTH, Target.ABDOMINALS);
        // The exercise is written first; the changed program then conflicts under "fail".
        Catalog catalog = new Catalog(List.of(fresh), List.of(rename(everyFeature(), "Changed")));
        assertThrows(ConflictException.class, () ->
                new ImportCatalog(exercises, programs, transactions).run(catalog, ConflictPolicy.FAIL, false));
        assertEquals(before, List.of(rows("exercise"), rows("exercise_target"), rows("exercise_text"),
                rows("program"), rows("program_step_item")));
        assertTrue(exercises.find(fresh.id()).isEmpty());
        assertEquals(everyFeature(), programs.find(ProgramId.of("every-feature")).orElseThrow().value());
    }

    @Test
    void reRunningAnImportChangesNothing() {
        Exercise sourced = Exercise.builder("imported", "Imported").kind(ExerciseKind.STATIC_STRETCH)
                .laterality(Laterality.PER_SIDE).primary(Target.HAMSTRINGS)
                .source(new Source("free-exercise-db (yuhonas)", "Imported_Move", "The Unlicense")).build();
        Catalog catalog = new Catalog(List.of(sourced, BuiltInCatalog.LEG_SWINGS), List.of());
        ImportCatalog importer = new ImportCatalog(exercises, programs, transactions);
        ImportReport first = importer.run(catalog, ConflictPolicy.FAIL, false);
        assertEquals(2, first.exercises().created());
        long version = exercises.find(sourced.id()).orElseThrow().version();
        ImportReport second = importer.run(catalog, ConflictPolicy.FAIL, false);
        assertEquals(2, second.exercises().unchanged());
        assertFalse(second.changesSomething());
        assertEquals(version, exercises.find(sourced.id()).orElseThrow().version());
        assertEquals(sourced, exercises.find(sourced.id()).orElseThrow().value());
    }

    @Test
    void aDryRunWritesNothing() {
        Catalog catalog = new Catalog(List.of(BuiltInCatalog.LEG_SWINGS), List.of());
        ImportReport report = new ImportCatalog(exercises, programs, transactions).run(catalog, ConflictPolicy.FAIL, true);
        assertEquals(1, report.exercises().created());
        assertEquals(0, exercises.count());
    }

    @Test
    void aDuplicateIdInOneBatchIsRefusedAndNothingIsWritten() {
        storeBasics();
        assertThrows(ConflictException.class, () -> exercises.addAll(List.of(
                exercise("new-one", "New", ExerciseKind.CARDIO, Target.CALVES), BuiltInCatalog.LEG_SWINGS)));
        assertTrue(exercises.find(ExerciseId.of("new-one")).isEmpty());
    }
}
