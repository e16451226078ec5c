package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Equipment;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FreeExerciseDbReaderTest {
    private static final String DATASET = "shared/datasets/free-exercise-db/exercises.json";
    private final FreeExerciseDbReader reader = new FreeExerciseDbReader();

    @Test
    void slugsAreLowercaseWithSingleHyphens() {
        assertEquals("3-4-sit-up", FreeExerciseDbReader.slug("3_4_Sit-Up"));
        assertEquals("a-b", FreeExerciseDbReader.slug("__A--_B__"));
        assertEquals(100, FreeExerciseDbReader.slug("x".repeat(150)).length());
    }

    @Test
    void theSmallFixtureMapsEveryField() {
        FreeExerciseDbReader.Import result = reader.parse(Fixtures.path("free-exercise-db/exercises.json"));
        Catalog catalog = result.catalog();
        assertEquals(7, catalog.exercises().size());

        Exercise sitUp = exercise(catalog, "3-4-sit-up");
        assertEquals("3/4 Sit-Up", sitUp.name());
        assertEquals(ExerciseKind.STRENGTH, sitUp.kind());
        assertEquals(List.of(Target.ABDOMINALS), sitUp.primary());
        assertEquals(Equipment.none(), sitUp.equipment(), "body only");
        assertEquals(2, sitUp.cues().size());
        assertEquals(new Source("free-exercise-db (yuhonas)", "3_4_Sit-Up", "The Unlicense"), sitUp.source());

        Exercise superman = exercise(catalog, "superman");
        assertEquals(ExerciseKind.STATIC_STRETCH, superman.kind());
        assertEquals(List.of(Target.LOWER_BACK), superman.primary());
        assertEquals(List.of(Target.GLUTES, Target.HAMSTRINGS), superman.secondary());
        assertEquals(List.of("Lie face down.", "Raise arms and legs and hold for 2 seconds."), superman.cues());
        assertEquals(Laterality.BILATERAL, superman.laterality());

        assertEquals(
                Laterality.ALTERNATING,
                exercise(catalog, "alternate-hammer-curl").laterality());
        assertEquals(
                Equipment.of("dumbbell"),
                exercise(catalog, "alternate-hammer-curl").equipment());
        Exercise circles = exercise(catalog, "standing-hip-circles");
        assertEquals(Laterality.PER_SIDE, circles.laterality());
        assertEquals(List.of(Target.ADDUCTORS, Target.MIDDLE_BACK), circles.secondary());
    }

    @Test
    void stretchingEntriesAreReadAsFoamRollingMovingDrillsOrHeldStretchesByTheirForceAndWords() {
        Catalog catalog = reader.read(Fixtures.path("free-exercise-db/stretching.json"));
        // force push, circles: a moving drill the warm-up builder can use.
        assertEquals(ExerciseKind.MOBILITY, exercise(catalog, "arm-circles").kind());
        // force missing, walks the hands out and back: dynamic.
        assertEquals(ExerciseKind.DYNAMIC, exercise(catalog, "inchworm").kind());
        // force static, but raised and lowered for repetitions: dynamic.
        assertEquals(ExerciseKind.DYNAMIC, exercise(catalog, "superman").kind());
        // -SMR, and a foam roll without the suffix: soft-tissue work.
        assertEquals(
                ExerciseKind.SOFT_TISSUE, exercise(catalog, "hamstring-smr").kind());
        assertEquals(ExerciseKind.SOFT_TISSUE, exercise(catalog, "adductor").kind());
        // force pull, yet the words hold a position: still static stretches.
        assertEquals(
                ExerciseKind.STATIC_STRETCH,
                exercise(catalog, "shoulder-stretch").kind());
        assertEquals(
                ExerciseKind.STATIC_STRETCH,
                exercise(catalog, "lying-prone-quadriceps").kind());
        assertEquals(
                ExerciseKind.STATIC_STRETCH,
                exercise(catalog, "round-the-world-shoulder-stretch").kind());
    }

    @Test
    void idsThatGiveOneSlugAreSuffixedInStringOrderOfTheOriginalIds() {
        FreeExerciseDbReader.Import result = reader.parse(Fixtures.path("free-exercise-db/exercises.json"));
        // "Box-Jump" < "Box_Jump" < "box__jump" in string order, whatever the order in the file.
        assertEquals("Box-Jump", exercise(result.catalog(), "box-jump").source().originalId());
        assertEquals(
                "Box_Jump", exercise(result.catalog(), "box-jump-2").source().originalId());
        assertEquals(
                "box__jump", exercise(result.catalog(), "box-jump-3").source().originalId());
        assertEquals(Map.of("Box_Jump", "box-jump-2", "box__jump", "box-jump-3"), result.renamed());
        assertEquals(
                ExerciseKind.PLYOMETRIC,
                exercise(result.catalog(), "box-jump-2").kind());
        assertEquals(
                ExerciseKind.CARDIO, exercise(result.catalog(), "box-jump-3").kind());
    }

    @Test
    void aDatasetProblemIsLocatedAndAllAreReported() {
        DocumentException thrown = assertThrows(
                DocumentException.class,
                () -> reader.read("exercises.json", Fixtures.bytes("bad/free-exercise-db-bad.json")));
        List<String> rendered =
                thrown.problems().stream().map(Problem::toString).toList();
        assertEquals(
                List.of(
                        "exercises.json:3:42: primaryMuscles must be one of abdominals, abductors, adductors, biceps, calves,"
                                + " chest, forearms, glutes, hamstrings, lats, lower back, middle back, neck, quadriceps,"
                                + " shoulders, traps, triceps (was \"knees\")",
                        "exercises.json:4:16: category must be one of strength, powerlifting, olympic weightlifting,"
                                + " strongman, stretching, plyometrics, cardio (was \"yoga\")",
                        "exercises.json:5:101: equipment must be text, found the number 3 (put it in quotes)",
                        "exercises.json:7:4: unknown field 'video' in a free-exercise-db exercise; allowed: id, name, force,"
                                + " level, mechanic, equipment, primaryMuscles, secondaryMuscles, instructions, category, images",
                        "exercises.json:10:3: id 'Good' appears twice (first at line 8, column 3)"),
                rendered);
    }

    @Test
    void theRealDatasetImportsAll873Exercises() {
        Optional<Path> dataset = Stream.of(Path.of("..", "..", DATASET), Path.of("..", DATASET), Path.of(DATASET))
                .filter(Files::isRegularFile)
                .findFirst();
        assumeTrue(
                dataset.isPresent(),
                "skipped: the free-exercise-db dataset is not at ../shared/" + DATASET.substring("shared/".length())
                        + " beside the repository (looked from " + Path.of("").toAbsolutePath() + ")");

        FreeExerciseDbReader.Import result = reader.parse(dataset.get());
        Catalog catalog = result.catalog();
        assertEquals(873, catalog.exercises().size());
        assertEquals(
                Map.of(
                        "Bodyweight_Squat",
                        "bodyweight-squat-2",
                        "Childs_Pose",
                        "childs-pose-2",
                        "Dead_Bug",
                        "dead-bug-2",
                        "Glute_Kickback",
                        "glute-kickback-2",
                        "Plank",
                        "plank-2"),
                result.renamed(),
                "only slugs that are built-in ids are renamed; none collide within the snapshot");
        Exercise plank = exercise(catalog, "plank-2");
        assertEquals("Plank", plank.source().originalId());

        Exercise sitUp = exercise(catalog, "3-4-sit-up");
        assertEquals("3/4 Sit-Up", sitUp.name());
        assertEquals(ExerciseKind.STRENGTH, sitUp.kind());
        assertEquals(List.of(Target.ABDOMINALS), sitUp.primary());
        assertEquals(Equipment.none(), sitUp.equipment(), "body only");
        assertEquals("3_4_Sit-Up", sitUp.source().originalId());
        assertEquals(
                Map.of(
                        ExerciseKind.STRENGTH,
                        675L,
                        ExerciseKind.STATIC_STRETCH,
                        80L,
                        ExerciseKind.DYNAMIC,
                        20L,
                        ExerciseKind.MOBILITY,
                        9L,
                        ExerciseKind.SOFT_TISSUE,
                        14L,
                        ExerciseKind.PLYOMETRIC,
                        61L,
                        ExerciseKind.CARDIO,
                        14L),
                count(catalog, Exercise::kind));
        // The dataset's 29 stretching entries whose force is push, pull or missing, less three that
        // hold a position (Shoulder Stretch, Lying Prone Quadriceps, Leg-Up Hamstring Stretch), plus
        // three static-force entries done for repetitions, move; its 13 -SMR entries and Adductor
        // (a foam roll) are soft-tissue work.
        assertEquals(ExerciseKind.MOBILITY, exercise(catalog, "arm-circles").kind());
        assertEquals(ExerciseKind.MOBILITY, exercise(catalog, "ankle-circles").kind());
        assertEquals(ExerciseKind.DYNAMIC, exercise(catalog, "front-leg-raises").kind());
        assertEquals(ExerciseKind.SOFT_TISSUE, exercise(catalog, "calves-smr").kind());
        assertEquals(
                ExerciseKind.STATIC_STRETCH,
                exercise(catalog, "shoulder-stretch").kind());
        assertEquals(
                Map.of(Laterality.BILATERAL, 616L, Laterality.PER_SIDE, 205L, Laterality.ALTERNATING, 52L),
                count(catalog, Exercise::laterality));
        assertEquals(
                873L,
                catalog.exercises().stream()
                        .filter(e -> e.source().origin().equals(FreeExerciseDbReader.ORIGIN)
                                && e.source().license().equals(FreeExerciseDbReader.LICENSE))
                        .count());

        String json = new DocumentWriter().write(catalog, DocumentFormat.JSON);
        assertEquals(
                catalog,
                new DocumentReader()
                        .read(
                                "export.json",
                                json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                DocumentFormat.JSON));
    }

    private static <K> Map<K, Long> count(Catalog catalog, java.util.function.Function<Exercise, K> key) {
        return catalog.exercises().stream()
                .collect(java.util.stream.Collectors.groupingBy(key, java.util.stream.Collectors.counting()));
    }

    private static Exercise exercise(Catalog catalog, String id) {
        return catalog.exercise(ExerciseId.of(id)).orElseThrow(() -> new AssertionError("no exercise " + id));
    }
}
