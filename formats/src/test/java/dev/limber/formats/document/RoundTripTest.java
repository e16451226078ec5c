package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripTest {
    private final DocumentReader reader = new DocumentReader();
    private final DocumentWriter writer = new DocumentWriter();

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void theBuiltInCatalogReadsBackEqual(DocumentFormat format) {
        assertRoundTrip(BuiltInCatalog.catalog(), format);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void aCatalogUsingEveryFeatureReadsBackEqual(DocumentFormat format) {
        assertRoundTrip(everyFeature(), format);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void theFixtureUsingEveryFeatureReadsBackEqual(DocumentFormat format) {
        assertRoundTrip(reader.read(Fixtures.path("good/leg-day.yaml")), format);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void everyLoadEffortTempoDistanceAndAmrapReadsBackEqual(DocumentFormat format) {
        assertRoundTrip(reader.read(Fixtures.path("loaded/loads.yaml")), format);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void weeksAndEveryProgressionReadBackEqual(DocumentFormat format) {
        assertRoundTrip(reader.read(Fixtures.path("loaded/progressions.yaml")), format);
    }

    @Test
    void progressionsAreWrittenInTheirOneFormAndOneWeekIsLeftOut() {
        String yaml = writer.write(reader.read(Fixtures.path("loaded/progressions.yaml")), DocumentFormat.YAML);
        for (String line : List.of(
                "weeks: 8",
                "progression: linear +2.5kg per session, deload 10% after 3 misses",
                "progression: double 8-12 +5lb",
                "progression: weekly 65%x5x3, 75%x3x3, 85%x1x3, deload 40%x5x3",
                "progression: linear +5lb per week, deload 15% after 1 miss")) {
            assertTrue(yaml.contains(line), () -> line + " in\n" + yaml);
        }
        Program builtIn = BuiltInCatalog.PAIN_FREE_LEG_DAY;
        assertEquals(1, builtIn.weeks());
        String oneWeek = writer.write(new Catalog(List.of(), List.of(builtIn)), DocumentFormat.YAML);
        assertTrue(!oneWeek.contains("weeks:"), "a one-week program is written without weeks");
        String fourWeeks =
                writer.write(new Catalog(List.of(), List.of(BuiltInCatalog.SQUAT_531_WAVE)), DocumentFormat.YAML);
        assertTrue(fourWeeks.contains("weeks: 4"), fourWeeks);
    }

    @Test
    void loadsAreWrittenAsTypedWithTheirUnit() {
        String yaml = writer.write(reader.read(Fixtures.path("loaded/loads.yaml")), DocumentFormat.YAML);
        for (String line : List.of(
                "load: 100kg",
                "load: 82.5%",
                "load: 225lb",
                "load: bodyweight+10kg",
                "load: bodyweight\n",
                "rpe: 8\n",
                "rpe: 8.5",
                "rir: 2",
                "tempo: 3-1-X-0",
                "rampUp: standard\n",
                "rampUp: bar x10, 50% x5, 70% x3",
                "rampUp: standard on 35lb bar",
                "amrap: true",
                "distance: 1.5km",
                "distance: 1mi")) {
            assertTrue(yaml.contains(line), line + " in\n" + yaml);
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void textThatLooksLikeOtherYamlValuesStaysText(DocumentFormat format) {
        List<String> tricky = List.of(
                "10",
                "true",
                "null",
                "~",
                "0x1F",
                "1e3",
                "- dash",
                "key: value",
                "# hash",
                "'quoted'",
                "\"double\"",
                "line one\nline two",
                "tab\there",
                "yes",
                "NO",
                "émoji 💪",
                "  ",
                "@at",
                "`tick`",
                "!tag",
                "&anchor",
                "*alias",
                "{flow}",
                "[flow]",
                "%percent",
                "a " + "long ".repeat(40));
        Exercise exercise = Exercise.builder("tricky", "0.5")
                .kind(ExerciseKind.MOBILITY)
                .primary(Target.HIPS)
                .cues(tricky.stream()
                        .filter(t -> !t.isBlank())
                        .map(String::strip)
                        .toList())
                .equipment("1")
                .source(new Source("123", "007", "true"))
                .build();
        assertRoundTrip(new Catalog(List.of(exercise), List.of()), format);
    }

    @Test
    void durationsAreWrittenCompactly() {
        String yaml = writer.write(everyFeature(), DocumentFormat.YAML);
        assertTrue(yaml.contains("duration: 30s"), yaml);
        assertTrue(yaml.contains("rest: 1m30s"), yaml);
        assertTrue(yaml.contains("duration: 1h5m"), yaml);
        assertTrue(yaml.contains("rest: 1m\n"), yaml);
    }

    @Test
    void singleItemsReadBackEqual() {
        Catalog catalog = everyFeature();
        for (Exercise exercise : catalog.exercises()) {
            String json = writer.writeExercise(exercise);
            assertEquals(exercise, reader.readExercise("body", json.getBytes(StandardCharsets.UTF_8)), json);
        }
        for (Program program : catalog.programs()) {
            String json = writer.writeProgram(program);
            assertEquals(program, reader.readProgram("body", json.getBytes(StandardCharsets.UTF_8)), json);
        }
    }

    private void assertRoundTrip(Catalog catalog, DocumentFormat format) {
        String text = writer.write(catalog, format);
        Catalog back = reader.read("written." + format.externalName(), text.getBytes(StandardCharsets.UTF_8), format);
        assertEquals(catalog, back, text);
        assertEquals(text, writer.write(back, format), "writing is stable");
    }

    static Catalog everyFeature() {
        Exercise swings = BuiltInCatalog.LEG_SWINGS;
        Exercise bridge = Exercise.builder("glute-bridge", "Glute Bridge")
                .kind(ExerciseKind.STRENGTH)
                .primary(Target.GLUTES)
                .secondary(Target.HAMSTRINGS, Target.LOWER_BACK)
                .equipment("mat")
                .cues("Drive through the heels")
                .variations("Single-leg", "Marching")
                .caution("Stop if your lower back hurts")
                .source(new Source("free-exercise-db (yuhonas)", "Glute_Bridge", "The Unlicense"))
                .build();
        Exercise plank = Exercise.builder("plank", "Plank")
                .kind(ExerciseKind.STRENGTH)
                .primary(Target.ABDOMINALS)
                .source(new Source("My gym", null, "CC0-1.0"))
                .build();
        Program program = Program.builder("every-feature", "Every feature")
                .description("All of it")
                .tags("leg-day", "strength")
                .session(new Session(
                        "Monday",
                        List.of(
                                Phase.of(
                                        PhaseKind.WARM_UP,
                                        ExerciseStep.of(
                                                swings,
                                                Prescription.seconds(30)
                                                        .eachSide()
                                                        .fromArticle())),
                                Phase.of(
                                        PhaseKind.MAIN,
                                        ExerciseStep.of(
                                                        bridge,
                                                        Prescription.reps(12)
                                                                .sets(3)
                                                                .rest(Duration.ofMinutes(1)))
                                                .withNote("Slow down"),
                                        Circuit.of(
                                                "Core",
                                                3,
                                                Duration.ofSeconds(90),
                                                ExerciseStep.of(
                                                        bridge,
                                                        Prescription.reps(10).hold(Duration.ofSeconds(2))),
                                                ExerciseStep.of(
                                                        plank,
                                                        Prescription.timed(Duration.ofMinutes(65))
                                                                .catalogChoice()))),
                                Phase.of(PhaseKind.COOL_DOWN, ExerciseStep.of(plank, Prescription.seconds(20)))),
                        java.util.Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)))
                .session(
                        Session.of("Short", Phase.of(PhaseKind.MAIN, ExerciseStep.of(plank, Prescription.seconds(45)))))
                .build();
        return new Catalog(List.of(swings, bridge, plank), List.of(program));
    }
}
