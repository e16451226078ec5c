package dev.limber.formats.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.limber.domain.Limits;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Force;
import dev.limber.domain.exercise.Level;
import dev.limber.domain.exercise.Mechanic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: what the dataset importers keep of the texts of real catalogs (docs/document-format.md,
 * the mapping tables): free-exercise-db's level, mechanic, force and instructions; wger's
 * description, aliases, author and a link back, on every exercise, and exercises with no muscle.
 */
class DatasetTextsMappingTest {

    private static Exercise exercise(Catalog catalog, String id) {
        return catalog.exercise(ExerciseId.of(id)).orElseThrow(() -> new AssertionError("no " + id + " in " + catalog));
    }

    @Test
    void freeExerciseDbKeepsLevelMechanicForceAndTheInstructionsAsDescription() {
        Catalog catalog = new FreeExerciseDbReader().read(Fixtures.path("free-exercise-db/exercises.json"));
        Exercise sitUp = exercise(catalog, "3-4-sit-up");
        assertEquals(Level.BEGINNER, sitUp.level());
        assertEquals(Mechanic.COMPOUND, sitUp.mechanic());
        assertEquals(Force.PULL, sitUp.force());
        assertEquals(
                "Lie down on the floor and secure your feet.\n"
                        + "Flex your hips and spine to raise your torso toward your knees.",
                sitUp.description());
        // The steps stay the cues too: the dataset has no shorter coaching cues.
        assertEquals(2, sitUp.cues().size());

        Exercise superman = exercise(catalog, "superman");
        assertEquals(Mechanic.ISOLATION, superman.mechanic());
        assertEquals(Force.STATIC, superman.force());
        assertEquals("Lie face down.\nRaise arms and legs and hold for 2 seconds.", superman.description());

        // null in the dataset: not said.
        Exercise circles = exercise(catalog, "standing-hip-circles");
        assertEquals(Level.BEGINNER, circles.level());
        assertNull(circles.mechanic());
        assertNull(circles.force());
        assertEquals(Level.EXPERT, exercise(catalog, "box-jump-3").level());
        assertNull(exercise(catalog, "box-jump-3").description());
    }

    @Test
    void anUnknownLevelInFreeExerciseDbIsAProblemAtItsPlace() {
        String item = "[{\"id\": \"X\", \"name\": \"X\", \"force\": \"hold\", \"level\": \"advanced\","
                + " \"mechanic\": null, \"equipment\": null, \"primaryMuscles\": [\"glutes\"],"
                + " \"secondaryMuscles\": [], \"instructions\": [], \"category\": \"strength\", \"images\": []}]";
        DocumentException thrown = assertThrows(
                DocumentException.class, () -> new FreeExerciseDbReader().read("exercises.json", item.getBytes(UTF_8)));
        assertEquals(
                List.of("/0/force", "/0/level"),
                thrown.problems().stream().map(Problem::pointer).toList());
    }

    @Test
    void wgerKeepsDescriptionAliasesAuthorAndALinkBack() {
        Catalog catalog = new WgerReader()
                .parse(Fixtures.path("wger/exerciseinfo-page.json"))
                .catalog();
        Exercise bench = exercise(catalog, "bench-press");
        assertEquals(
                "Lie on the bench with the bar above your eyes.\n"
                        + "Lower the bar to your chest slowly.\n"
                        + "Press it up & lock your elbows.",
                bench.description());
        assertEquals(List.of("Flat bench press"), bench.aliases());
        assertEquals("wger.de", bench.source().author());
        assertEquals("https://wger.de/api/v2/exerciseinfo/73/", bench.source().url());
        // The notes stay the cues.
        assertEquals(List.of("Keep your feet flat on the floor"), bench.cues());

        Exercise lunge = exercise(catalog, "dumbbell-lunge");
        assertEquals("coach-a", lunge.source().author());
        assertEquals("https://wger.de/api/v2/exerciseinfo/1001/", lunge.source().url());
        for (Exercise exercise : catalog.exercises()) {
            assertEquals(
                    WgerReader.API_URL + exercise.source().originalId().split("\\+")[0] + "/",
                    exercise.source().url(),
                    exercise.id().value());
        }
    }

    @Test
    void aWgerExerciseNamingNoMuscleIsKeptWithNoFocus() {
        Exercise running = exercise(
                new WgerReader()
                        .parse(Fixtures.path("wger/exerciseinfo-page.json"))
                        .catalog(),
                "running");
        assertEquals(ExerciseKind.CARDIO, running.kind());
        assertEquals(List.of(), running.primary());
        assertEquals(List.of(), running.secondary());
        assertEquals("Run at an easy pace.", running.description());
        assertEquals("coach-c", running.source().author());
    }

    @Test
    void theTranslationsAuthorAndTheExercisesAreBothCreditedOnce() {
        String page = "[{\"id\": 7, \"category\": {\"id\": 9, \"name\": \"Legs\"}, \"muscles\": [],"
                + " \"license_author\": \"base-author\", \"translations\": [{\"name\": \"Step-Up\", \"language\": 2,"
                + " \"license_author\": \"text-author\", \"aliases\": [{\"alias\": \" Box step \"}]}]}]";
        Exercise stepUp = new WgerReader()
                .parse("page.json", page.getBytes(UTF_8))
                .catalog()
                .exercises()
                .get(0);
        assertEquals("text-author, base-author", stepUp.source().author());
        assertEquals(List.of("Box step"), stepUp.aliases());
    }

    @Test
    void aWgerAliasBeyondItsLimitIsAProblemAtTheAlias() {
        String alias = "a".repeat(Limits.NAME + 1);
        String page = "[{\"id\": 7, \"category\": {\"id\": 9, \"name\": \"Legs\"}, \"muscles\": [],"
                + " \"translations\": [{\"name\": \"Step-Up\", \"language\": 2,"
                + " \"aliases\": [{\"alias\": \"ok\"}, {\"alias\": \"" + alias + "\"}]}]}]";
        DocumentException thrown =
                assertThrows(DocumentException.class, () -> new WgerReader().parse("page.json", page.getBytes(UTF_8)));
        assertEquals(
                List.of("/0/translations/0/aliases/1/alias"),
                thrown.problems().stream().map(Problem::pointer).toList());
    }
}
