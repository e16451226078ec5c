package dev.limber.domain.port.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.Limits;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Effort;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Progression;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.PageRequest;
import dev.limber.domain.query.ProgramQuery;
import dev.limber.domain.usecase.BreaksStoredProgramsException;
import dev.limber.domain.usecase.ClashingIdsException;
import dev.limber.domain.usecase.ConflictPolicy;
import dev.limber.domain.usecase.ImportCatalog;
import dev.limber.domain.usecase.ImportReport;
import dev.limber.domain.usecase.SaveExercise;
import dev.limber.domain.usecase.SeedBuiltInCatalog;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store ports' contract: what {@link Exercises}, {@link Programs} and {@link Transactions}
 * promise, whatever keeps the data. Every store runs it: the in-memory one in the domain's tests,
 * the database adapter on H2 and PostgreSQL in persistence's tests (which add the checks only a
 * database can make, on its rows). A subclass opens its store once per class; each test starts
 * from an empty store, emptied through the ports themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreContract {
    protected Exercises exercises;
    protected Programs programs;
    protected Transactions transactions;

    /** The three ports over one store. */
    public record Ports(Exercises exercises, Programs programs, Transactions transactions) {}

    /** Opens the store under test, once for the class; it need not be empty. */
    protected abstract Ports open();

    /** Releases what {@link #open()} took, after the class's last test. */
    protected void close() {}

    /** How many times each of the concurrent writers counts: a fast store can afford more tries at a race. */
    protected int countsPerWriter() {
        return 10;
    }

    @BeforeAll
    void start() {
        Ports ports = open();
        exercises = ports.exercises();
        programs = ports.programs();
        transactions = ports.transactions();
    }

    @AfterAll
    void stop() {
        close();
    }

    @BeforeEach
    void empty() {
        transactions.inTransaction(() -> {
            for (Page<Program> page = programs.search(new ProgramQuery(null, new PageRequest(0, 100)));
                    !page.items().isEmpty();
                    page = programs.search(new ProgramQuery(null, new PageRequest(0, 100)))) {
                page.items().forEach(p -> programs.delete(p.id(), ExpectedVersion.any()));
            }
            // Variations are unlinked first: an exercise they link to cannot be deleted (issue 14).
            for (ExerciseId id : exercises.ids()) {
                exercises
                        .find(id)
                        .filter(stored -> stored.value().variationOf() != null)
                        .ifPresent(stored -> exercises.save(
                                stored.value().toBuilder()
                                        .variationOf((ExerciseId) null)
                                        .build(),
                                ExpectedVersion.any()));
            }
            for (Page<Exercise> page = exercises.search(ExerciseQuery.all(new PageRequest(0, 100)));
                    !page.items().isEmpty();
                    page = exercises.search(ExerciseQuery.all(new PageRequest(0, 100)))) {
                page.items().forEach(e -> exercises.delete(e.id(), ExpectedVersion.any()));
            }
            return null;
        });
    }

    protected static Exercise exercise(String id, String name, ExerciseKind kind, Target... primary) {
        return Exercise.builder(id, name)
                .kind(kind)
                .primary(primary)
                .cues("Cue one of " + name, "Cue two")
                .build();
    }

    /** A program using every structural feature: two sessions, days, circuits, reps with hold, sets with rest. */
    /** The every-feature program replaced by one with a single step: what a replace must leave. */
    protected static Program everyFeatureSmaller() {
        return Program.builder("every-feature", "Smaller")
                .session(Session.of(
                        "Only", Phase.of(PhaseKind.MAIN, ExerciseStep.of("glute-bridge", Prescription.reps(5)))))
                .build();
    }

    protected static Program everyFeature() {
        return Program.builder("every-feature", "Every Feature")
                .description("Uses all of it")
                .tags("test", "leg-day")
                .weeks(6)
                .session(Session.of(
                                "Leg day",
                                Phase.of(
                                        PhaseKind.WARM_UP,
                                        ExerciseStep.of(
                                                "leg-swings",
                                                Prescription.seconds(30).eachSide())),
                                Phase.of(
                                        PhaseKind.MAIN,
                                        ExerciseStep.of(
                                                "glute-bridge",
                                                Prescription.reps(10).sets(3).rest(Duration.ofSeconds(45))),
                                        // Issue 15: load, effort, tempo, AMRAP, ramp-up sets and a distance, each kind.
                                        ExerciseStep.of(
                                                        "glute-bridge",
                                                        Prescription.reps(5)
                                                                .sets(5)
                                                                .load("102.5kg")
                                                                .effort(Effort.rpe(8.5))
                                                                .tempo("3-1-X-0")
                                                                .rampUp("standard on 15kg bar"))
                                                // Progressions over the weeks, each kind.
                                                .withProgression(Progression.parse("linear +2.5kg per session")),
                                        ExerciseStep.of(
                                                        "glute-bridge",
                                                        Prescription.reps(8)
                                                                .amrap()
                                                                .load("75%")
                                                                .effort(Effort.rir(2))
                                                                .rampUp("bar x10, 50% x5, 70% x3"))
                                                .withProgression(Progression.parse("double 8-12 +5lb")),
                                        ExerciseStep.of(
                                                "glute-bridge",
                                                Prescription.reps(6).load("bodyweight+22.5lb")),
                                        ExerciseStep.of("leg-swings", Prescription.distance("1.5mi")),
                                        Circuit.of(
                                                "Core",
                                                2,
                                                Duration.ofSeconds(30),
                                                ExerciseStep.of(
                                                                "glute-bridge",
                                                                Prescription.reps(12)
                                                                        .hold(Duration.ofSeconds(2)))
                                                        .withProgression(
                                                                Progression.parse("weekly 65%x5x3, deload 40%x5x3")),
                                                ExerciseStep.of(
                                                                "leg-swings",
                                                                Prescription.seconds(20)
                                                                        .eachSide()
                                                                        .catalogChoice())
                                                        .withNote("Slow and controlled"))))
                        .on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))
                .session(Session.of(
                        "Cool",
                        Phase.of(
                                PhaseKind.COOL_DOWN,
                                ExerciseStep.of(
                                        "glute-bridge", Prescription.seconds(60).fromArticle()))))
                .build();
    }

    protected void storeBasics() {
        exercises.addAll(List.of(
                BuiltInCatalog.LEG_SWINGS,
                exercise("glute-bridge", "Glute Bridge", ExerciseKind.STRENGTH, Target.GLUTES, Target.HAMSTRINGS)));
    }

    @Test
    void everyBuiltInProgramLoadsExactlyAsSaved() {
        assertTrue(new SeedBuiltInCatalog(exercises, programs, transactions).ifEmpty());
        Catalog builtIn = BuiltInCatalog.catalog();
        for (Program program : builtIn.programs()) {
            assertEquals(
                    program,
                    programs.find(program.id()).orElseThrow().value(),
                    program.id().value());
        }
        for (Exercise exercise : builtIn.exercises()) {
            assertEquals(exercise, exercises.find(exercise.id()).orElseThrow().value());
        }
        assertFalse(new SeedBuiltInCatalog(exercises, programs, transactions).ifEmpty(), "seeds only an empty store");
    }

    /**
     * A text of {@code length} characters that is as hard on a column as text gets: it lower-cases
     * to twice its length ('İ' becomes "i̇"), holds letters outside Latin-1 and a pair of
     * surrogates, and (when {@code lines}) a line break and a tab.
     */
    protected static String longest(int length, boolean lines) {
        String pattern = lines ? "İé😀\n\tx" : "İé😀x";
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(pattern);
        }
        text.setLength(length - 1);
        if (Character.isHighSurrogate(text.charAt(length - 2))) {
            text.setCharAt(length - 2, 'y');
        }
        return text.append('x').toString();
    }

    /** Issue 12: whatever the model accepts, the store keeps whole and reads back, lists and finds. */
    @Test
    void anExerciseAndAProgramAtEveryLimitReadBackWhole() {
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < Limits.CUES; i++) {
            cues.add(i + longest(Limits.PARAGRAPH - 2, true));
        }
        Exercise widest = Exercise.builder("a".repeat(Limits.SLUG), longest(Limits.NAME, false))
                .kind(ExerciseKind.STRENGTH)
                .laterality(dev.limber.domain.exercise.Laterality.PER_SIDE)
                .primary(Target.values())
                .equipment(longest(Limits.EQUIPMENT, false))
                .startingPosition(longest(Limits.PARAGRAPH, true))
                .cues(cues)
                .variations(cues.subList(0, Limits.VARIATIONS))
                .caution(longest(Limits.PARAGRAPH, true))
                .source(new dev.limber.domain.exercise.Source(
                        longest(Limits.SOURCE_TEXT, false),
                        longest(Limits.SOURCE_TEXT, false),
                        longest(Limits.SOURCE_TEXT, false)))
                .build();
        exercises.save(widest, ExpectedVersion.absent());
        assertEquals(widest, exercises.find(widest.id()).orElseThrow().value());

        List<String> tags = new ArrayList<>();
        for (int i = 0; i < Limits.TAGS; i++) {
            tags.add(String.format("%02d", i) + "a".repeat(Limits.SLUG - 2));
        }
        ExerciseStep longest = new ExerciseStep(
                widest.id(),
                Prescription.reps(1000)
                        .sets(100)
                        .rest(Limits.REST)
                        .hold(Limits.HOLD)
                        .eachSide(),
                longest(Limits.PARAGRAPH, true));
        ExerciseStep longestWork = ExerciseStep.of(
                widest.id().value(), Prescription.timed(Limits.WORK).rest(Limits.REST));
        List<Step> steps = new ArrayList<>();
        steps.add(new Circuit(
                longest(Limits.NAME, false),
                java.util.Collections.nCopies(Limits.CIRCUIT_STEPS, longestWork),
                50,
                Limits.REST));
        while (steps.size() < Limits.STEPS) {
            steps.add(longest);
        }
        List<Session> sessions = new ArrayList<>();
        sessions.add(new Session(
                longest(Limits.NAME, false),
                java.util.Collections.nCopies(Limits.PHASES, new Phase(PhaseKind.MAIN, steps)),
                null));
        Program widestProgram = new Program(
                ProgramId.of("b".repeat(Limits.SLUG)),
                longest(Limits.NAME, false),
                longest(Limits.DESCRIPTION, true),
                tags,
                sessions);
        programs.save(widestProgram, ExpectedVersion.absent());
        assertEquals(
                widestProgram, programs.find(widestProgram.id()).orElseThrow().value());
        assertEquals(
                List.of(widestProgram),
                programs.search(new ProgramQuery(tags.get(0), PageRequest.first()))
                        .items());
        assertEquals(
                List.of(widest),
                exercises
                        .search(new ExerciseQuery(null, null, "İé", PageRequest.first()))
                        .items());
    }

    /**
     * The bulk path writes rows its own way on each database (COPY's text format on PostgreSQL),
     * so every character a text may hold comes back as it went in, and absent fields stay absent.
     */
    @Test
    void exercisesAddedInBulkKeepEveryCharacterOfTheirTexts() {
        String awkward = "tab\there, back\\slash, \\N and \\t as text,\r\nCRLF \"quoted\" 'single' é ü 🦵 end";
        Exercise everything = Exercise.builder("awkward-texts", "Awkward \\N \"name\" 🦵")
                .kind(ExerciseKind.MOBILITY)
                .laterality(Laterality.ALTERNATING)
                .primary(Target.HIPS)
                .secondary(Target.ABDOMINALS)
                .equipment("band \\ loop", "mat\\N")
                .startingPosition(awkward)
                .cues(awkward, "second\tcue")
                .variations(awkward)
                .caution(awkward)
                .description(awkward + "\n\nsecond paragraph")
                .aliases("Alias \\ one", "Alias \"two\"")
                .level(dev.limber.domain.exercise.Level.INTERMEDIATE)
                .mechanic(dev.limber.domain.exercise.Mechanic.COMPOUND)
                .force(dev.limber.domain.exercise.Force.PULL)
                .media(dev.limber.domain.exercise.Media.image("images/a\\b.jpg", "CC0 \\ public")
                        .by("Ann\\N"))
                .variationOf("bare-texts")
                .source(new Source("origin \\N", "id\\1", "licence \"x\"", "Author \\N", "https://example.org/a?b=\\N"))
                .build();
        Exercise bare = Exercise.builder("bare-texts", "Bare")
                .primary(Target.ABDOMINALS)
                .build();
        exercises.addAll(List.of(everything, bare));
        assertEquals(everything, exercises.find(everything.id()).orElseThrow().value());
        assertEquals(bare, exercises.find(bare.id()).orElseThrow().value());
    }

    @Test
    void aProgramWithCircuitsDaysAndHoldsRoundTrips() {
        storeBasics();
        Stored<Program> saved = programs.save(everyFeature(), ExpectedVersion.absent());
        assertEquals(1L, saved.version());
        assertEquals(
                everyFeature(),
                programs.find(ProgramId.of("every-feature")).orElseThrow().value());
    }

    @Test
    void replacingAProgramReplacesItWhole() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        Program smaller = everyFeatureSmaller();
        Stored<Program> replaced = programs.save(smaller, ExpectedVersion.exactly(1));
        assertEquals(2L, replaced.version());
        assertEquals(smaller, programs.find(smaller.id()).orElseThrow().value());
        assertEquals(
                0,
                programs.search(new ProgramQuery("leg-day", PageRequest.first()))
                        .total(),
                "the old tags went with the old version");
        assertTrue(
                exercises.delete(BuiltInCatalog.LEG_SWINGS.id(), ExpectedVersion.any()),
                "no step of the old version still holds on to leg swings");
    }

    @Test
    void deletingAnExerciseInUseIsRefusedNamingThePrograms() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        ConflictException refused = assertThrows(
                ConflictException.class, () -> exercises.delete(ExerciseId.of("glute-bridge"), ExpectedVersion.any()));
        assertEquals(ConflictException.Reason.IN_USE, refused.reason());
        assertEquals(List.of("every-feature"), refused.programs());
        assertTrue(exercises.find(ExerciseId.of("glute-bridge")).isPresent());
    }

    @Test
    void aStepNamingAnUnknownExerciseIsRefused() {
        storeBasics();
        Program unknown = Program.builder("unknown", "Unknown")
                .session(Session.of(
                        "S", Phase.of(PhaseKind.MAIN, ExerciseStep.of("no-such-move", Prescription.reps(5)))))
                .build();
        ConflictException refused =
                assertThrows(ConflictException.class, () -> programs.save(unknown, ExpectedVersion.any()));
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
        ConflictException refused = assertThrows(
                ConflictException.class, () -> exercises.save(first.value(), ExpectedVersion.exactly(first.version())));
        assertEquals(ConflictException.Reason.STALE_VERSION, refused.reason());
        assertEquals(
                renamed,
                exercises.find(ExerciseId.of("glute-bridge")).orElseThrow().value());
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
            String winner = results.stream()
                    .filter(r -> !r.equals("conflict"))
                    .findFirst()
                    .orElseThrow();
            Stored<Program> stored = programs.find(a.id()).orElseThrow();
            assertEquals(winner, stored.value().name());
            assertEquals(rename(everyFeature(), winner), stored.value());
            assertEquals(version + 1, stored.version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writersCountingTogetherLoseNoCount() throws Exception {
        storeBasics();
        ExerciseId counter = ExerciseId.of("glute-bridge");
        int writers = 4;
        int countsEach = countsPerWriter();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> refusals = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                refusals.add(pool.submit(() -> {
                    start.await();
                    int refused = 0;
                    for (int counted = 0; counted < countsEach; ) {
                        // Read, add one, write back on the version read; on a refusal read again.
                        Stored<Exercise> read = exercises.find(counter).orElseThrow();
                        int count = read.value().equipment().text().startsWith("count ")
                                ? Integer.parseInt(
                                        read.value().equipment().text().substring(6))
                                : 0;
                        try {
                            exercises.save(
                                    read.value().toBuilder()
                                            .equipment("count " + (count + 1))
                                            .build(),
                                    ExpectedVersion.exactly(read.version()));
                            counted++;
                        } catch (ConflictException conflict) {
                            assertEquals(ConflictException.Reason.STALE_VERSION, conflict.reason());
                            refused++;
                        }
                    }
                    return refused;
                }));
            }
            start.countDown();
            for (Future<Integer> refused : refusals) {
                refused.get(60, TimeUnit.SECONDS);
            }
            Stored<Exercise> last = exercises.find(counter).orElseThrow();
            assertEquals(
                    "count " + writers * countsEach, last.value().equipment().text());
            assertEquals(1L + writers * countsEach, last.version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyExercisesAreFoundAtOnceAndMissingOnesLeftOut() {
        storeBasics();
        Map<ExerciseId, Exercise> found = exercises.findAll(List.of(
                ExerciseId.of("glute-bridge"),
                ExerciseId.of("no-such-move"),
                BuiltInCatalog.LEG_SWINGS.id(),
                ExerciseId.of("glute-bridge")));
        assertEquals(
                List.of(ExerciseId.of("glute-bridge"), BuiltInCatalog.LEG_SWINGS.id()), List.copyOf(found.keySet()));
        assertEquals(BuiltInCatalog.LEG_SWINGS, found.get(BuiltInCatalog.LEG_SWINGS.id()));
    }

    @Test
    void theWarmUpCandidatesAreEveryExerciseOfTheKindsAskedInIdOrder() {
        storeBasics();
        exercises.addAll(List.of(
                exercise("arm-circles", "Arm Circles", ExerciseKind.MOBILITY, Target.SHOULDERS),
                exercise("zz-skip", "Skip", ExerciseKind.DYNAMIC, Target.CALVES)));
        assertEquals(
                List.of("arm-circles", "leg-swings", "zz-skip"),
                exercises.ofKinds(java.util.EnumSet.of(ExerciseKind.DYNAMIC, ExerciseKind.MOBILITY)).stream()
                        .map(e -> e.id().value())
                        .toList());
        assertEquals(List.of(), exercises.ofKinds(java.util.EnumSet.of(ExerciseKind.CARDIO)));
    }

    @Test
    void anExerciseOfEveryKindIsStoredAndReadBackAsItWasAndFilteredByItsKind() {
        List<Exercise> everyKind = new java.util.ArrayList<>();
        for (ExerciseKind kind : ExerciseKind.values()) {
            everyKind.add(exercise("every-kind-" + kind.externalName(), "Every kind " + kind, kind, Target.CALVES));
        }
        exercises.addAll(everyKind);
        for (Exercise exercise : everyKind) {
            assertEquals(exercise, exercises.find(exercise.id()).orElseThrow().value());
            assertEquals(
                    List.of(exercise.id()),
                    exercises.ofKinds(java.util.EnumSet.of(exercise.kind())).stream()
                            .map(Exercise::id)
                            .filter(id -> id.value().startsWith("every-kind-"))
                            .toList());
        }
    }

    protected static Program rename(Program program, String name) {
        return new Program(program.id(), name, program.description(), program.tags(), program.sessions());
    }

    @Test
    void exercisesPageByKindTargetAndNameSortedByName() {
        List<Exercise> many = new ArrayList<>();
        IntStream.range(0, 25)
                .forEach(i -> many.add(exercise(
                        "hamstring-move-" + i,
                        "Hamstring Move " + (char) ('Z' - i),
                        i % 2 == 0 ? ExerciseKind.DYNAMIC : ExerciseKind.STRENGTH,
                        Target.HAMSTRINGS)));
        many.add(Exercise.builder("plank", "Plank")
                .kind(ExerciseKind.STRENGTH)
                .primary(Target.ABDOMINALS)
                .secondary(Target.GLUTES)
                .build());
        many.add(Exercise.builder("under-score", "100%_Under")
                .kind(ExerciseKind.CARDIO)
                .primary(Target.CALVES)
                .build());
        exercises.addAll(many);

        Page<Exercise> first = exercises.search(ExerciseQuery.all(new PageRequest(0, 10)));
        assertEquals(27, first.total());
        assertEquals(10, first.items().size());
        assertEquals("100%_Under", first.items().get(0).name());
        assertEquals("Hamstring Move B", first.items().get(1).name());
        Page<Exercise> last = exercises.search(ExerciseQuery.all(new PageRequest(2, 10)));
        assertEquals(7, last.items().size());
        assertEquals("Plank", last.items().get(6).name());

        assertEquals(
                13,
                exercises
                        .search(new ExerciseQuery(ExerciseKind.DYNAMIC, null, null, new PageRequest(0, 100)))
                        .total());
        Page<Exercise> glutes = exercises.search(new ExerciseQuery(null, Target.GLUTES, null, new PageRequest(0, 100)));
        assertEquals(
                List.of("plank"),
                glutes.items().stream().map(e -> e.id().value()).toList(),
                "secondary targets match");
        assertEquals(
                25,
                exercises
                        .search(new ExerciseQuery(null, null, "hAmStRiNg", new PageRequest(0, 100)))
                        .total());
        assertEquals(
                1,
                exercises
                        .search(new ExerciseQuery(null, null, "%_", new PageRequest(0, 100)))
                        .total(),
                "LIKE wildcards in the search text are taken literally");
        assertEquals(
                0,
                exercises
                        .search(new ExerciseQuery(null, null, "\\%", new PageRequest(0, 100)))
                        .total(),
                "a backslash in the search text is taken literally, not as an escape");
        assertEquals(
                0,
                exercises
                        .search(new ExerciseQuery(ExerciseKind.CARDIO, Target.GLUTES, null, new PageRequest(0, 5)))
                        .total());
    }

    @Test
    void pagesReadWithoutCountingSayWhetherMoreFollowAndTheTotalOnlyWhenItIsFree() {
        storeBasics();
        exercises.addAll(List.of(
                exercise("dead-bug", "Dead Bug", ExerciseKind.STRENGTH, Target.ABDOMINALS),
                exercise("bird-dog", "Bird Dog", ExerciseKind.STRENGTH, Target.ABDOMINALS),
                exercise("cat-cow", "Cat Cow", ExerciseKind.DYNAMIC, Target.SPINE)));
        long stored = exercises.count();
        List<String> counted = new ArrayList<>();
        for (int number = 0; number * 2 < stored; number++) {
            exercises
                    .search(ExerciseQuery.all(new PageRequest(number, 2)))
                    .items()
                    .forEach(e -> counted.add(e.id().value()));
        }
        List<String> uncounted = new ArrayList<>();
        Page<Exercise> page;
        int number = 0;
        do {
            page = exercises.search(ExerciseQuery.all(new PageRequest(number++, 2, PageRequest.Total.IF_FREE)));
            page.items().forEach(e -> uncounted.add(e.id().value()));
            assertTrue(page.knownTotal().isEmpty() || page.knownTotal().getAsLong() == stored, page.toString());
        } while (page.hasNext());
        assertEquals(counted, uncounted, "the same items, page by page, as the counted pages");
        assertEquals(stored, page.total(), "the last page knows the total without counting");
        Page<Exercise> past =
                exercises.search(ExerciseQuery.all(new PageRequest(number + 3, 2, PageRequest.Total.IF_FREE)));
        assertEquals(List.of(), past.items());
        assertFalse(past.hasNext());
        Page<Exercise> pastCounted = exercises.search(ExerciseQuery.all(new PageRequest(number + 3, 2)));
        assertEquals(stored, pastCounted.total(), "counted when asked even past the end");
        Page<Exercise> firstCounted = exercises.search(ExerciseQuery.all(new PageRequest(0, 2)));
        assertTrue(firstCounted.hasNext());
        assertEquals(stored, firstCounted.total());
    }

    @Test
    void programPagesReadWithoutCountingSayWhetherMoreFollow() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        programs.save(
                Program.builder("other", "Another")
                        .session(Session.of(
                                "S", Phase.of(PhaseKind.MAIN, ExerciseStep.of("glute-bridge", Prescription.reps(5)))))
                        .build(),
                ExpectedVersion.absent());
        long stored = programs.count();
        Page<Program> first = programs.search(new ProgramQuery(null, new PageRequest(0, 1, PageRequest.Total.IF_FREE)));
        assertEquals(1, first.items().size());
        assertEquals("Another", first.items().get(0).name());
        assertTrue(first.hasNext());
        assertTrue(first.knownTotal().isEmpty() || first.knownTotal().getAsLong() == stored, first.toString());
        Page<Program> all = programs.search(new ProgramQuery(null, new PageRequest(0, 100, PageRequest.Total.IF_FREE)));
        assertFalse(all.hasNext());
        assertEquals(stored, all.total());
        Page<Program> counted = programs.search(new ProgramQuery(null, new PageRequest(0, 1)));
        assertEquals(stored, counted.total());
        assertEquals(first.items(), counted.items());
    }

    @Test
    void namesSortIgnoringCase() {
        storeBasics();
        exercises.addAll(List.of(
                exercise("banded-walk", "banded walk", ExerciseKind.DYNAMIC, Target.GLUTES),
                exercise("arm-circles", "Arm Circles", ExerciseKind.MOBILITY, Target.SHOULDERS),
                exercise("calf-raise", "Calf raise", ExerciseKind.STRENGTH, Target.CALVES),
                exercise("arm-swings", "arm swings", ExerciseKind.DYNAMIC, Target.SHOULDERS)));
        assertEquals(
                List.of("Arm Circles", "arm swings", "banded walk", "Calf raise", "Glute Bridge", "Leg Swings"),
                exercises.search(ExerciseQuery.all(PageRequest.first())).items().stream()
                        .map(Exercise::name)
                        .toList());
        Map.of("beta", "beta", "alpha-upper", "Alpha", "alpha-lower", "alpha")
                .forEach((id, name) -> programs.save(
                        Program.builder(id, name)
                                .session(Session.of(
                                        "S",
                                        Phase.of(
                                                PhaseKind.MAIN, ExerciseStep.of("glute-bridge", Prescription.reps(5)))))
                                .build(),
                        ExpectedVersion.absent()));
        assertEquals(
                List.of("alpha-lower", "alpha-upper", "beta"),
                programs.search(new ProgramQuery(null, PageRequest.first())).items().stream()
                        .map(p -> p.id().value())
                        .toList(),
                "equal names in id order");
    }

    @Test
    void programsPageByTag() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        programs.save(
                Program.builder("other", "Another")
                        .tags("core")
                        .session(Session.of(
                                "S", Phase.of(PhaseKind.MAIN, ExerciseStep.of("glute-bridge", Prescription.reps(5)))))
                        .build(),
                ExpectedVersion.absent());
        assertEquals(
                2, programs.search(new ProgramQuery(null, PageRequest.first())).total());
        Page<Program> legDay = programs.search(new ProgramQuery("leg-day", PageRequest.first()));
        assertEquals(
                List.of(ProgramId.of("every-feature")),
                legDay.items().stream().map(Program::id).toList());
        assertEquals(
                "Another",
                programs.search(new ProgramQuery(null, PageRequest.first()))
                        .items()
                        .get(0)
                        .name());
    }

    @Test
    void anImportThatFailsHalfwayLeavesTheStoreExactlyAsBefore() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        Page<Exercise> before = exercises.search(ExerciseQuery.all(PageRequest.first()));
        Exercise fresh = exercise("dead-bug", "Dead Bug", ExerciseKind.STRENGTH, Target.ABDOMINALS);
        // The new exercise would be written first; the changed program conflicts under "fail".
        Catalog catalog = new Catalog(List.of(fresh), List.of(rename(everyFeature(), "Changed")));
        assertThrows(
                ClashingIdsException.class,
                () -> new ImportCatalog(exercises, programs, transactions)
                        .run(new ImportCatalog.Command(catalog, ConflictPolicy.FAIL, ImportCatalog.Mode.WRITE)));
        assertEquals(before, exercises.search(ExerciseQuery.all(PageRequest.first())));
        assertTrue(exercises.find(fresh.id()).isEmpty());
        Stored<Program> program = programs.find(ProgramId.of("every-feature")).orElseThrow();
        assertEquals(everyFeature(), program.value());
        assertEquals(1L, program.version());
    }

    /** Leg swings made bilateral: every per-side step of {@link #everyFeature()} misfits it. */
    protected static Exercise bilateralLegSwings() {
        return BuiltInCatalog.LEG_SWINGS.toBuilder()
                .laterality(Laterality.BILATERAL)
                .build();
    }

    /** {@link #everyFeature()} fixed for bilateral leg swings: the same id, no per-side dose. */
    protected static Program everyFeatureWithoutSides() {
        return Program.builder("every-feature", "Every Feature")
                .session(Session.of(
                        "Leg day",
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of("leg-swings", Prescription.seconds(30)),
                                ExerciseStep.of("glute-bridge", Prescription.reps(10)))))
                .build();
    }

    @Test
    void theProgramsUsingExercisesAreFoundWholeInIdOrder() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        Program bridges = Program.builder("bridges", "Bridges")
                .session(Session.of(
                        "S", Phase.of(PhaseKind.MAIN, ExerciseStep.of("glute-bridge", Prescription.reps(5)))))
                .build();
        programs.save(bridges, ExpectedVersion.absent());
        assertEquals(List.of(everyFeature()), programs.using(List.of(BuiltInCatalog.LEG_SWINGS.id())));
        assertEquals(List.of(bridges, everyFeature()), programs.using(List.of(ExerciseId.of("glute-bridge"))));
        assertEquals(
                List.of(bridges, everyFeature()),
                programs.using(List.of(ExerciseId.of("glute-bridge"), BuiltInCatalog.LEG_SWINGS.id())));
        assertEquals(List.of(), programs.using(List.of(ExerciseId.of("no-such-move"))));
        assertEquals(List.of(), programs.using(List.of()));
    }

    @Test
    void replacingAnExerciseThatStoredStepsDosePerSideIsRefusedNamingEachStep() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        Catalog catalog = new Catalog(List.of(BuiltInCatalog.GLUTE_BRIDGE, bilateralLegSwings()), List.of());
        for (ImportCatalog.Mode mode : ImportCatalog.Mode.values()) {
            BreaksStoredProgramsException refused = assertThrows(
                    BreaksStoredProgramsException.class,
                    () -> new ImportCatalog(exercises, programs, transactions)
                            .run(new ImportCatalog.Command(catalog, ConflictPolicy.REPLACE, mode)));
            assertEquals(
                    List.of("Leg day › warm-up › step 1 (leg-swings)", "Leg day › main › step 6.2 (leg-swings)"),
                    refused.breaks().stream()
                            .map(b -> b.step().location().describe())
                            .toList(),
                    mode.name());
            assertTrue(
                    refused.breaks().stream()
                            .allMatch(b -> b.exerciseIndex().equals(java.util.OptionalInt.of(1))
                                    && b.exerciseField() == dev.limber.domain.ModelField.EXERCISE_LATERALITY),
                    refused.breaks().toString());
            assertEquals(List.of("every-feature"), refused.programs());
        }
        assertEquals(
                BuiltInCatalog.LEG_SWINGS,
                exercises.find(BuiltInCatalog.LEG_SWINGS.id()).orElseThrow().value());
        assertEquals(
                1L, exercises.find(BuiltInCatalog.LEG_SWINGS.id()).orElseThrow().version());
        assertEquals(
                everyFeature(),
                programs.find(ProgramId.of("every-feature")).orElseThrow().value());
        BreaksStoredProgramsException saved = assertThrows(
                BreaksStoredProgramsException.class,
                () -> new SaveExercise(exercises, programs, transactions)
                        .save(new SaveExercise.Command(bilateralLegSwings(), ExpectedVersion.any())));
        assertEquals(2, saved.breaks().size());
        assertTrue(saved.breaks().get(0).exerciseIndex().isEmpty());
        assertEquals(
                BuiltInCatalog.LEG_SWINGS,
                exercises.find(BuiltInCatalog.LEG_SWINGS.id()).orElseThrow().value());
    }

    @Test
    void aReplacementIsAcceptedWhenTheSameImportFixesThePrograms() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        Catalog catalog = new Catalog(List.of(bilateralLegSwings()), List.of(everyFeatureWithoutSides()));
        ImportReport report = new ImportCatalog(exercises, programs, transactions)
                .run(new ImportCatalog.Command(catalog, ConflictPolicy.REPLACE, ImportCatalog.Mode.WRITE));
        assertEquals(1, report.exercises().replaced());
        assertEquals(1, report.programs().replaced());
        assertEquals(
                bilateralLegSwings(),
                exercises.find(BuiltInCatalog.LEG_SWINGS.id()).orElseThrow().value());
        assertEquals(
                everyFeatureWithoutSides(),
                programs.find(ProgramId.of("every-feature")).orElseThrow().value());
        // Now nothing doses leg swings per side: making them per side again breaks nothing.
        new SaveExercise(exercises, programs, transactions)
                .save(new SaveExercise.Command(BuiltInCatalog.LEG_SWINGS, ExpectedVersion.any()));
        assertEquals(
                BuiltInCatalog.LEG_SWINGS,
                exercises.find(BuiltInCatalog.LEG_SWINGS.id()).orElseThrow().value());
    }

    @Test
    void underFailEveryClashingIdIsReportedAndNothingIsWritten() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        Exercise fresh = exercise("dead-bug", "Dead Bug", ExerciseKind.STRENGTH, Target.ABDOMINALS);
        Exercise editedBridge = exercise("glute-bridge", "Glute Bridge", ExerciseKind.STRENGTH, Target.GLUTES);
        Exercise editedSwings =
                BuiltInCatalog.LEG_SWINGS.toBuilder().equipment("a wall").build();
        Catalog catalog =
                new Catalog(List.of(fresh, editedBridge, editedSwings), List.of(rename(everyFeature(), "Changed")));
        ClashingIdsException refused = assertThrows(
                ClashingIdsException.class,
                () -> new ImportCatalog(exercises, programs, transactions)
                        .run(new ImportCatalog.Command(catalog, ConflictPolicy.FAIL, ImportCatalog.Mode.DRY_RUN)));
        assertEquals(
                List.of(
                        new ClashingIdsException.Clash(ClashingIdsException.Kind.EXERCISE, 1, "glute-bridge"),
                        new ClashingIdsException.Clash(ClashingIdsException.Kind.EXERCISE, 2, "leg-swings"),
                        new ClashingIdsException.Clash(ClashingIdsException.Kind.PROGRAM, 0, "every-feature")),
                refused.clashes());
        assertTrue(exercises.find(fresh.id()).isEmpty());
    }

    @Test
    void reRunningAnImportChangesNothing() {
        Exercise sourced = Exercise.builder("imported", "Imported")
                .kind(ExerciseKind.STATIC_STRETCH)
                .laterality(Laterality.PER_SIDE)
                .primary(Target.HAMSTRINGS)
                .source(new Source("free-exercise-db (yuhonas)", "Imported_Move", "The Unlicense"))
                .build();
        Catalog catalog = new Catalog(List.of(sourced, BuiltInCatalog.LEG_SWINGS), List.of());
        ImportCatalog importer = new ImportCatalog(exercises, programs, transactions);
        ImportReport first = importer.run(ImportCatalog.Command.write(catalog));
        assertEquals(2, first.exercises().created());
        long version = exercises.find(sourced.id()).orElseThrow().version();
        ImportReport second = importer.run(ImportCatalog.Command.write(catalog));
        assertEquals(2, second.exercises().unchanged());
        assertFalse(second.changesSomething());
        assertEquals(version, exercises.find(sourced.id()).orElseThrow().version());
        assertEquals(sourced, exercises.find(sourced.id()).orElseThrow().value());
    }

    @Test
    void idsListEveryStoredIdInIdOrder() {
        assertEquals(List.of(), exercises.ids());
        assertEquals(List.of(), programs.ids());
        assertTrue(new SeedBuiltInCatalog(exercises, programs, transactions).ifEmpty());
        List<ExerciseId> exerciseIds = BuiltInCatalog.catalog().exercises().stream()
                .map(Exercise::id)
                .sorted()
                .toList();
        List<ProgramId> programIds = BuiltInCatalog.catalog().programs().stream()
                .map(Program::id)
                .sorted()
                .toList();
        assertEquals(exerciseIds, exercises.ids());
        assertEquals(programIds, programs.ids());
    }

    @Test
    void aDryRunWritesNothing() {
        Catalog catalog = new Catalog(List.of(BuiltInCatalog.LEG_SWINGS), List.of());
        ImportReport report = new ImportCatalog(exercises, programs, transactions)
                .run(new ImportCatalog.Command(catalog, ConflictPolicy.FAIL, ImportCatalog.Mode.DRY_RUN));
        assertEquals(1, report.exercises().created());
        assertEquals(0, exercises.count());
    }

    @Test
    void aDuplicateIdInOneBatchIsRefusedAndNothingIsWritten() {
        storeBasics();
        assertThrows(
                ConflictException.class,
                () -> exercises.addAll(List.of(
                        exercise("new-one", "New", ExerciseKind.CARDIO, Target.CALVES), BuiltInCatalog.LEG_SWINGS)));
        assertTrue(exercises.find(ExerciseId.of("new-one")).isEmpty());
    }

    @Test
    void everyExerciseWriteChecksTheVersionItExpects() {
        storeBasics();
        Exercise ghost = exercise("no-such-move", "Ghost", ExerciseKind.CARDIO, Target.CALVES);
        assertThrows(NotFoundException.class, () -> exercises.save(ghost, ExpectedVersion.exactly(1)));
        assertThrows(NotFoundException.class, () -> exercises.delete(ghost.id(), ExpectedVersion.exactly(1)));
        assertFalse(exercises.delete(ghost.id(), ExpectedVersion.any()), "nothing to delete");
        ConflictException taken = assertThrows(
                ConflictException.class, () -> exercises.save(BuiltInCatalog.LEG_SWINGS, ExpectedVersion.absent()));
        assertEquals(ConflictException.Reason.ALREADY_EXISTS, taken.reason());
        assertEquals(
                2L,
                exercises.save(BuiltInCatalog.LEG_SWINGS, ExpectedVersion.any()).version(),
                "last write wins");
        ConflictException stale = assertThrows(
                ConflictException.class,
                () -> exercises.delete(BuiltInCatalog.LEG_SWINGS.id(), ExpectedVersion.exactly(1)));
        assertEquals(ConflictException.Reason.STALE_VERSION, stale.reason());
        assertTrue(exercises.delete(BuiltInCatalog.LEG_SWINGS.id(), ExpectedVersion.exactly(2)));
        assertEquals(
                List.of(ExerciseId.of("glute-bridge")),
                exercises.search(ExerciseQuery.all(PageRequest.first())).items().stream()
                        .map(Exercise::id)
                        .toList());
    }

    @Test
    void everyProgramWriteChecksTheVersionItExpects() {
        storeBasics();
        Program program = Program.builder("bridges", "Bridges")
                .session(Session.of(
                        "S", Phase.of(PhaseKind.MAIN, ExerciseStep.of("glute-bridge", Prescription.reps(5)))))
                .build();
        assertThrows(NotFoundException.class, () -> programs.save(program, ExpectedVersion.exactly(1)));
        assertThrows(NotFoundException.class, () -> programs.delete(program.id(), ExpectedVersion.exactly(1)));
        assertFalse(programs.delete(program.id(), ExpectedVersion.any()), "nothing to delete");
        assertEquals(1L, programs.save(program, ExpectedVersion.absent()).version());
        ConflictException taken =
                assertThrows(ConflictException.class, () -> programs.save(program, ExpectedVersion.absent()));
        assertEquals(ConflictException.Reason.ALREADY_EXISTS, taken.reason());
        assertEquals(2L, programs.save(program, ExpectedVersion.any()).version(), "last write wins");
        ConflictException stale =
                assertThrows(ConflictException.class, () -> programs.delete(program.id(), ExpectedVersion.exactly(1)));
        assertEquals(ConflictException.Reason.STALE_VERSION, stale.reason());
        assertTrue(programs.delete(program.id(), ExpectedVersion.exactly(2)));
        assertEquals(0, programs.count());
    }

    @Test
    void workThatFailsLeavesNoTrace() {
        storeBasics();
        Stored<Exercise> bridge = exercises.find(ExerciseId.of("glute-bridge")).orElseThrow();
        Exercise fresh = exercise("dead-bug", "Dead Bug", ExerciseKind.STRENGTH, Target.ABDOMINALS);
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> transactions.inTransaction(() -> {
                    exercises.addAll(List.of(fresh));
                    exercises.save(bridge.value().toBuilder().equipment("mat").build(), ExpectedVersion.any());
                    programs.save(everyFeature(), ExpectedVersion.absent());
                    throw new IllegalStateException("the app gives up");
                }));
        assertEquals("the app gives up", thrown.getMessage());
        assertTrue(exercises.find(fresh.id()).isEmpty());
        assertEquals(
                bridge.value(),
                exercises.find(bridge.value().id()).orElseThrow().value());
        assertEquals(
                bridge.version(),
                exercises.find(bridge.value().id()).orElseThrow().version());
        assertEquals(0, programs.count());
    }

    @Test
    void workThatCarriesOnAfterARefusedWriteIsRolledBackWhole() {
        storeBasics();
        Exercise fresh = exercise("dead-bug", "Dead Bug", ExerciseKind.STRENGTH, Target.ABDOMINALS);
        Program unknown = Program.builder("unknown", "Unknown")
                .session(Session.of(
                        "S", Phase.of(PhaseKind.MAIN, ExerciseStep.of("no-such-move", Prescription.reps(5)))))
                .build();
        assertThrows(
                RuntimeException.class,
                () -> transactions.inTransaction(() -> {
                    exercises.addAll(List.of(fresh));
                    try {
                        programs.save(unknown, ExpectedVersion.any());
                    } catch (ConflictException refused) {
                        // Swallowed: the unit of work is spoiled all the same.
                    }
                    return null;
                }));
        assertTrue(exercises.find(fresh.id()).isEmpty());
        assertEquals(2, exercises.count());
    }

    @Test
    void otherReadersSeeAUnitOfWorkOnlyOnceItEnds() throws Exception {
        storeBasics();
        Exercise fresh = exercise("dead-bug", "Dead Bug", ExerciseKind.STRENGTH, Target.ABDOMINALS);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch looked = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> unit = pool.submit(() -> transactions.inTransaction(() -> {
                exercises.addAll(List.of(fresh));
                written.countDown();
                try {
                    return looked.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    throw new IllegalStateException(interrupted);
                }
            }));
            assertTrue(written.await(10, TimeUnit.SECONDS));
            assertTrue(exercises.find(fresh.id()).isEmpty(), "not visible while the unit of work runs");
            assertEquals(2, exercises.count());
            looked.countDown();
            unit.get(10, TimeUnit.SECONDS);
            assertTrue(exercises.find(fresh.id()).isPresent(), "visible once it has ended");
        } finally {
            looked.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aReadUnitReturnsItsReadsAndJoinsAUnitOfWorkAroundIt() {
        storeBasics();
        Exercise fresh = exercise("dead-bug", "Dead Bug", ExerciseKind.STRENGTH, Target.ABDOMINALS);
        assertEquals(2L, transactions.reading(() -> exercises.count()));
        boolean seenInside = transactions.inTransaction(() -> {
            exercises.addAll(List.of(fresh));
            return transactions.reading(() -> exercises.find(fresh.id()).isPresent());
        });
        assertTrue(seenInside, "a read unit inside a unit of work sees that unit's writes");
    }

    /** Issue 14: a finer target is stored under its own name and found by a filter for its area. */
    @Test
    void aFinerTargetIsStoredAsItselfAndFoundByItsArea() {
        Exercise seatedCalfRaise = Exercise.builder("seated-calf-raise", "Seated Calf Raise")
                .kind(ExerciseKind.STRENGTH)
                .primary(Target.SOLEUS)
                .secondary(Target.ANKLES)
                .build();
        Exercise facePull = Exercise.builder("face-pull", "Face Pull")
                .kind(ExerciseKind.STRENGTH)
                .primary(Target.REAR_DELTS)
                .secondary(Target.TRAPS)
                .build();
        Exercise calfRaise = exercise("calf-raise", "Calf Raise", ExerciseKind.STRENGTH, Target.CALVES);
        exercises.addAll(List.of(seatedCalfRaise, facePull, calfRaise));
        assertEquals(
                seatedCalfRaise,
                exercises.find(seatedCalfRaise.id()).orElseThrow().value());
        assertEquals(
                List.of("calf-raise", "seated-calf-raise"),
                exercises.search(new ExerciseQuery(null, Target.CALVES, null, PageRequest.first())).items().stream()
                        .map(e -> e.id().value())
                        .toList(),
                "an area lists the exercises of its finer targets");
        assertEquals(
                List.of("seated-calf-raise"),
                exercises.search(new ExerciseQuery(null, Target.SOLEUS, null, PageRequest.first())).items().stream()
                        .map(e -> e.id().value())
                        .toList(),
                "a finer target lists only the exercises naming it");
        assertEquals(
                1,
                exercises
                        .search(new ExerciseQuery(ExerciseKind.STRENGTH, Target.SHOULDERS, "face", PageRequest.first()))
                        .total());
    }

    /** Issue 14: an exercise with every text of real catalogs, each at its limit, and no muscle focus. */
    protected static Exercise everyText(String id, String name) {
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < Limits.ALIASES; i++) {
            aliases.add(String.format("%02d", i) + longest(Limits.NAME - 2, false));
        }
        return Exercise.builder(id, name)
                .kind(ExerciseKind.CARDIO)
                .description(longest(Limits.EXERCISE_DESCRIPTION, true))
                .aliases(aliases)
                .level(dev.limber.domain.exercise.Level.EXPERT)
                .mechanic(dev.limber.domain.exercise.Mechanic.ISOLATION)
                .force(dev.limber.domain.exercise.Force.STATIC)
                .source(new dev.limber.domain.exercise.Source(
                        "wger",
                        "60",
                        "CC-BY-SA 4",
                        longest(Limits.SOURCE_AUTHOR, false),
                        "https://wger.de/" + "a".repeat(Limits.SOURCE_URL - "https://wger.de/".length())))
                .build();
    }

    @Test
    void everyTextOfRealCatalogsIsStoredAndReadBackWhole() {
        Exercise saved = everyText("easy-run", "Easy Run");
        Exercise added = everyText("tempo-run", "Tempo Run").toBuilder()
                .aliases("Threshold run")
                .level(null)
                .source(dev.limber.domain.exercise.Source.BUILT_IN)
                .build();
        exercises.save(saved, ExpectedVersion.absent());
        exercises.addAll(List.of(added));
        assertEquals(saved, exercises.find(saved.id()).orElseThrow().value());
        assertEquals(added, exercises.find(added.id()).orElseThrow().value());
        assertEquals(
                List.of(saved, added),
                List.copyOf(exercises.findAll(List.of(saved.id(), added.id())).values()));
        assertEquals(
                List.of(saved, added),
                exercises.search(ExerciseQuery.all(PageRequest.first())).items());

        Exercise fewer = saved.toBuilder()
                .aliases("Jog")
                .description(null)
                .mechanic(null)
                .build();
        exercises.save(fewer, ExpectedVersion.exactly(1));
        assertEquals(fewer, exercises.find(saved.id()).orElseThrow().value(), "a replacement leaves no old alias");
        assertEquals(List.of(), fewer.primary(), "no muscle focus is kept");
    }

    @Test
    void theCatalogSearchFindsAnExerciseByItsAliasLikeByItsName() {
        exercises.addAll(List.of(
                Exercise.builder("back-squat", "Back Squat")
                        .kind(ExerciseKind.STRENGTH)
                        .primary(Target.QUADRICEPS)
                        .aliases("High-Bar Squat", "ATG squat")
                        .build(),
                Exercise.builder("high-knees", "High Knees")
                        .kind(ExerciseKind.DYNAMIC)
                        .primary(Target.HIP_FLEXORS)
                        .build(),
                Exercise.builder("romanian-deadlift", "Romanian Deadlift")
                        .kind(ExerciseKind.STRENGTH)
                        .primary(Target.HAMSTRINGS)
                        .aliases("RDL")
                        .build()));
        assertEquals(List.of("romanian-deadlift"), ids(search("rdl")));
        assertEquals(List.of("back-squat"), ids(search("bar sq")));
        // A name and an alias both matching count once; names and aliases mix in name order.
        assertEquals(List.of("back-squat", "high-knees"), ids(search("HIGH")));
        assertEquals(2, search("high").total());
        assertEquals(List.of("back-squat"), ids(search("squat")));
        assertEquals(
                List.of(),
                ids(exercises.search(new ExerciseQuery(ExerciseKind.DYNAMIC, null, "rdl", PageRequest.first()))),
                "the other filters still apply");
        assertEquals(List.of(), ids(search("%l")), "LIKE wildcards in the text are taken literally in aliases too");
    }

    private Page<Exercise> search(String text) {
        return exercises.search(new ExerciseQuery(null, null, text, new PageRequest(0, 10)));
    }

    private static List<String> ids(Page<Exercise> page) {
        return page.items().stream().map(e -> e.id().value()).toList();
    }

    // Issue 14 (links): equipment as a list with unknown apart from none, media, variationOf.

    /** An exercise with every field of issue 14's links: listed equipment, media of both kinds, a link. */
    protected static Exercise linked(String id, String parent) {
        return exercise(id, "Linked " + id, ExerciseKind.STRENGTH, Target.GLUTES).toBuilder()
                .equipment("barbell", "bench", "body weight")
                .media(
                        dev.limber.domain.exercise.Media.image("Linked/0.jpg", "The Unlicense"),
                        dev.limber.domain.exercise.Media.video("https://example.org/v/1.mp4", "CC-BY-SA 4")
                                .by("Someone"))
                .variationOf(parent)
                .build();
    }

    @Test
    void equipmentMediaAndVariationOfReadBackAsSavedAddedAndPaged() {
        Exercise parent = exercise("parent-move", "Parent Move", ExerciseKind.STRENGTH, Target.GLUTES).toBuilder()
                .equipment(dev.limber.domain.exercise.Equipment.unknown())
                .build();
        Exercise none = exercise("bare-move", "Bare Move", ExerciseKind.STRENGTH, Target.GLUTES);
        exercises.save(parent, ExpectedVersion.absent());
        exercises.addAll(List.of(none, linked("added-variation", "parent-move")));
        exercises.save(linked("saved-variation", "parent-move"), ExpectedVersion.absent());
        for (Exercise expected : List.of(
                parent, none, linked("added-variation", "parent-move"), linked("saved-variation", "parent-move"))) {
            assertEquals(expected, exercises.find(expected.id()).orElseThrow().value());
        }
        assertTrue(exercises.find(parent.id()).orElseThrow().value().equipment().isUnknown());
        assertTrue(exercises.find(none.id()).orElseThrow().value().equipment().isNone());
        Page<Exercise> variations =
                exercises.search(ExerciseQuery.all(PageRequest.first()).variationsOf(ExerciseId.of("parent-move")));
        assertEquals(
                List.of(linked("added-variation", "parent-move"), linked("saved-variation", "parent-move")),
                variations.items(),
                "the variations of parent-move, whole, by name");
        assertEquals(
                List.of(),
                exercises
                        .search(ExerciseQuery.all(PageRequest.first()).variationsOf(ExerciseId.of("bare-move")))
                        .items());
        Exercise replaced = linked("saved-variation", "bare-move").toBuilder()
                .equipment("kettlebell")
                .media(List.of())
                .build();
        exercises.save(replaced, ExpectedVersion.any());
        assertEquals(
                replaced, exercises.find(replaced.id()).orElseThrow().value(), "a replacement drops the old lists");
    }

    @Test
    void replacingAnExerciseReplacesEachOfItsListsWholeWhicheverWereEmpty() {
        Exercise bare = exercise("shape-move", "Shape Move", ExerciseKind.STRENGTH, Target.GLUTES);
        Exercise texts = everyText("shape-move", "Shape Move");
        Exercise linked = linked("shape-move", "bare-parent");
        exercises.save(
                exercise("bare-parent", "Bare Parent", ExerciseKind.MOBILITY, Target.HIPS), ExpectedVersion.absent());
        long version = exercises.save(bare, ExpectedVersion.absent()).version();
        // Every change of shape: lists appear, change, and go, alone and together.
        for (Exercise next : List.of(texts, bare, linked, texts, linked, bare, bare)) {
            Stored<Exercise> saved = exercises.save(next, ExpectedVersion.exactly(version));
            assertEquals(version + 1, saved.version(), "each replacement is one version more");
            version = saved.version();
            assertEquals(next, exercises.find(next.id()).orElseThrow().value(), "read back as replaced");
        }
    }

    @Test
    void anExerciseThatVariationsLinkToIsNotDeletedUntilTheyAreGone() {
        exercises.addAll(List.of(
                exercise("parent-move", "Parent Move", ExerciseKind.STRENGTH, Target.GLUTES),
                linked("child-move", "parent-move")));
        ConflictException refused = assertThrows(
                ConflictException.class, () -> exercises.delete(ExerciseId.of("parent-move"), ExpectedVersion.any()));
        assertEquals(ConflictException.Reason.IN_USE, refused.reason());
        assertTrue(refused.getMessage().contains("child-move"), refused.getMessage());
        assertTrue(exercises.find(ExerciseId.of("parent-move")).isPresent());
        // Replacing the parent keeps its id, so the link still holds.
        exercises.save(
                exercise("parent-move", "Parent Move Renamed", ExerciseKind.STRENGTH, Target.GLUTES),
                ExpectedVersion.any());
        assertEquals(
                ExerciseId.of("parent-move"),
                exercises
                        .find(ExerciseId.of("child-move"))
                        .orElseThrow()
                        .value()
                        .variationOf());
        assertTrue(exercises.delete(ExerciseId.of("child-move"), ExpectedVersion.any()));
        assertTrue(exercises.delete(ExerciseId.of("parent-move"), ExpectedVersion.any()));
    }
}
