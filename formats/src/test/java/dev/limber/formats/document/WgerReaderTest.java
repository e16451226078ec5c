package dev.limber.formats.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Equipment;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * wger's exerciseinfo, from a hand-made file in the shape wger's API documents (its serializers:
 * category and muscles as objects, translations with a language id, notes and aliases), never
 * wger's own data.
 */
class WgerReaderTest {
    private final WgerReader reader = new WgerReader();

    private WgerReader.Import page() {
        return reader.parse(Fixtures.path("wger/exerciseinfo-page.json"));
    }

    @Test
    void theEnglishTranslationGivesTheNameAndTheMusclesTheirTargets() {
        Exercise bench = exercise(page().catalog(), "bench-press");
        assertEquals("Bench Press", bench.name());
        assertEquals(ExerciseKind.STRENGTH, bench.kind());
        assertEquals(List.of(Target.CHEST), bench.primary());
        // wger's anterior deltoid is the front head: a finer target, part of the shoulders.
        assertEquals(List.of(Target.FRONT_DELTS, Target.TRICEPS), bench.secondary());
        assertEquals(Equipment.of("Barbell", "Bench"), bench.equipment(), "wger's list stays a list");
        assertEquals("wger", bench.source().origin());
        assertEquals("73", bench.source().originalId());
        assertEquals("CC-BY-SA 4", bench.source().license());
    }

    @Test
    void notesBecomeCuesAndTheHtmlDescriptionPlainParagraphs() {
        assertEquals(
                List.of("Keep your feet flat on the floor"),
                exercise(page().catalog(), "bench-press").cues());
        assertEquals(
                List.of(
                        "Lie on the bench with the bar above your eyes.",
                        "Lower the bar to your chest slowly.",
                        "Press it up & lock your elbows."),
                WgerReader.paragraphs("<p>Lie on the bench with the bar above your eyes.</p>\n<ol>\n"
                        + "<li>Lower the bar to your chest&nbsp;slowly.</li>\n<li>Press it up &amp; lock your"
                        + " elbows.</li>\n</ol>"));
        assertEquals(List.of("Rise onto your toes."), WgerReader.paragraphs("Rise onto your <b>toes</b>."));
        assertEquals(List.of(), WgerReader.paragraphs("<p> </p>"));
    }

    @Test
    void aLeftAndARightExerciseBecomeOnePerSideExercise() {
        Catalog catalog = page().catalog();
        Exercise lunge = exercise(catalog, "dumbbell-lunge");
        assertEquals("Dumbbell Lunge", lunge.name());
        assertEquals(Laterality.PER_SIDE, lunge.laterality());
        assertEquals("1001+1002", lunge.source().originalId());
        assertEquals(
                0,
                catalog.exercises().stream()
                        .filter(e -> e.name().toLowerCase().contains("left")
                                || e.name().toLowerCase().contains("right"))
                        .count());
    }

    @Test
    void finerMusclesKeepTheirFinerTargetAndWgersNoneIsBodyWeight() {
        Exercise calfRaise = exercise(page().catalog(), "standing-calf-raise");
        // The soleus keeps its own target (part of the calves); the gastrocnemius is the calves.
        assertEquals(List.of(Target.SOLEUS, Target.CALVES), calfRaise.primary());
        assertEquals(Equipment.none(), calfRaise.equipment());
        // A description without tags is one paragraph, used as the cue when wger has no notes.
        assertEquals(List.of("Rise onto your toes, then lower slowly."), calfRaise.cues());
    }

    @Test
    void aNameTakenByABuiltInExerciseGetsASuffixAndIsListedAsRenamed() {
        WgerReader.Import read = page();
        assertEquals("Plank", exercise(read.catalog(), "plank-2").name());
        assertEquals(Map.of("50", "plank-2"), read.renamed());
    }

    @Test
    void exercisesWithoutAnEnglishTranslationAreSkippedAndSaidSo() {
        WgerReader.Import read = page();
        // Issue 14: one that names no muscle (60) is kept with no focus instead of skipped.
        assertEquals(Map.of("20", "no English translation"), read.skipped());
        assertEquals(5, read.catalog().exercises().size());
    }

    @Test
    void aListOfResultsReadsLikeAPage() {
        String list = "[{\"id\": 5, \"category\": {\"id\": 9, \"name\": \"Legs\"},"
                + " \"muscles\": [{\"id\": 11, \"name\": \"Biceps femoris\"}], \"muscles_secondary\": [],"
                + " \"equipment\": [], \"translations\": [{\"name\": \"Seated Leg Curl\", \"language\": 2}]}]";
        Exercise curl = reader.parse("list.json", list.getBytes(UTF_8))
                .catalog()
                .exercises()
                .get(0);
        assertEquals("seated-leg-curl", curl.id().value());
        assertEquals(List.of(Target.HAMSTRINGS), curl.primary());
        assertEquals(Equipment.unknown(), curl.equipment());
    }

    @Test
    void anUnknownMuscleOrCategoryIsAProblemAtItsPlace() {
        String page = "{\"results\": [\n"
                + "  {\"id\": 5, \"category\": {\"id\": 99, \"name\": \"Yoga\"},\n"
                + "   \"muscles\": [{\"id\": 99, \"name\": \"Musculus imaginarius\"}],\n"
                + "   \"translations\": [{\"name\": \"Sun salute\", \"language\": 2}]},\n"
                + "  {\"id\": \"six\", \"category\": {\"id\": 9, \"name\": \"Legs\"}, \"translations\": []}\n"
                + "]}";
        DocumentException thrown =
                assertThrows(DocumentException.class, () -> reader.parse("wger.json", page.getBytes(UTF_8)));
        assertEquals(
                List.of(
                        "wger.json:2:25: category must be one of abs, arms, back, calves, chest, legs, shoulders,"
                                + " cardio (was \"Yoga\")",
                        "wger.json:3:35: muscle \"Musculus imaginarius\" has no Limber target; the table in"
                                + " docs/document-format.md lists the muscles wger names",
                        "wger.json:5:10: id must be a whole number, found the text 'six'"),
                thrown.problems().stream().map(Problem::toString).toList());
        assertEquals(
                List.of("/results/0/category/name", "/results/0/muscles/0/name", "/results/1/id"),
                thrown.problems().stream().map(Problem::pointer).toList());
    }

    private static Exercise exercise(Catalog catalog, String id) {
        return catalog.exercise(ExerciseId.of(id)).orElseThrow(() -> new AssertionError("no " + id + " in " + catalog));
    }
}
