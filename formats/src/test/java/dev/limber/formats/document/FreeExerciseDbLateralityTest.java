package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Laterality;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Laterality read from free-exercise-db, against exercises labelled by reading their instructions
 * ({@code fixtures/free-exercise-db/laterality-sample.csv}: id, label, reason).
 */
class FreeExerciseDbLateralityTest {
    private static final String DATASET = "shared/datasets/free-exercise-db/exercises.json";
    private static final double REQUIRED = 0.95;

    private record Label(String originalId, Laterality laterality, String reason) {}

    @Test
    void atLeast95PercentOfTheLabelledSampleOfTheRealDatasetIsExactlyRight() {
        Optional<Path> dataset = Stream.of(Path.of("..", "..", DATASET), Path.of("..", DATASET))
                .filter(Files::isRegularFile)
                .findFirst();
        assumeTrue(
                dataset.isPresent(),
                "skipped: the free-exercise-db dataset is not at ../shared/" + DATASET.substring("shared/".length())
                        + " beside the repository (looked from " + Path.of("").toAbsolutePath()
                        + "); lateralityOfTheSmallFixtureMatchesItsLabels still runs the rules");
        Map<String, Exercise> read = byOriginalId(new FreeExerciseDbReader().read(dataset.get()));
        List<Label> labels = labels();
        assertTrue(labels.size() >= 100, "the sample holds at least 100 exercises: " + labels.size());

        List<String> wrong = new ArrayList<>();
        for (Label label : labels) {
            Exercise exercise = read.get(label.originalId());
            assertTrue(exercise != null, "labelled exercise not in the dataset: " + label.originalId());
            if (exercise.laterality() != label.laterality()) {
                wrong.add(label.originalId() + ": read " + exercise.laterality().externalName() + ", labelled "
                        + label.laterality().externalName() + " (" + label.reason() + ")");
            }
        }
        double exact = 1.0 - (double) wrong.size() / labels.size();
        assertTrue(
                exact >= REQUIRED,
                String.format(
                        "%.1f %% exact (%d of %d); wrong:%n%s",
                        exact * 100, labels.size() - wrong.size(), labels.size(), String.join("\n", wrong)));
    }

    @Test
    void theCasesTheIssueNamesAreRightInTheSmallFixture() {
        // A few records of the dataset, so the rules run where the dataset is absent.
        Map<String, Exercise> read =
                byOriginalId(new FreeExerciseDbReader().read(Fixtures.path("free-exercise-db/laterality.json")));
        Map<String, Laterality> labelled =
                labels().stream().collect(Collectors.toMap(Label::originalId, Label::laterality));
        assertEquals(12, read.size());
        for (Exercise exercise : read.values()) {
            String id = exercise.source().originalId();
            assertEquals(labelled.get(id), exercise.laterality(), id);
        }
        // "Hold on to the bar using both arms at each side" is no per-side work.
        assertEquals(Laterality.BILATERAL, read.get("Barbell_Squat").laterality());
        assertEquals(Laterality.PER_SIDE, read.get("Dumbbell_Lunges").laterality());
        assertEquals(Laterality.PER_SIDE, read.get("Dumbbell_Step_Ups").laterality());
        assertEquals(Laterality.PER_SIDE, read.get("Split_Squat_with_Dumbbells").laterality());
        assertEquals(Laterality.PER_SIDE, read.get("Side_Bridge").laterality());
        assertEquals(Laterality.ALTERNATING, read.get("Barbell_Walking_Lunge").laterality());
        assertEquals(Laterality.ALTERNATING, read.get("Dead_Bug").laterality());
        // Alternating front and side raises with both dumbbells at once: bilateral.
        assertEquals(Laterality.BILATERAL, read.get("Alternating_Deltoid_Raise").laterality());
    }

    private static Map<String, Exercise> byOriginalId(Catalog catalog) {
        return catalog.exercises().stream()
                .collect(Collectors.toMap(
                        e -> e.source().originalId(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(
                    Fixtures.path("free-exercise-db/laterality-sample.csv"), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split(",", 3);
                    labels.add(new Label(parts[0], Laterality.parse(parts[1]), parts[2]));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return labels;
    }
}
