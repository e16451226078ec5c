package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every muscle a dataset names maps to a Limber target by a documented table, and the tables in
 * docs/document-format.md are the ones the readers use: no dataset muscle is dropped silently.
 */
class DatasetMusclesTest {
    private static final String DATASET = "shared/datasets/free-exercise-db/exercises.json";
    private static final Pattern ROW = Pattern.compile("^\\| ([^|]+) \\| `([a-z-]+)` \\| `([a-z-]+)` \\|");

    @Test
    void freeExerciseDbsSeventeenMusclesEachMapToAnArea() {
        assertEquals(17, FreeExerciseDbReader.MUSCLES.size());
        assertEquals(Target.LOWER_BACK, FreeExerciseDbReader.MUSCLES.get("lower back"));
        assertEquals(Target.MIDDLE_BACK, FreeExerciseDbReader.MUSCLES.get("middle back"));
        FreeExerciseDbReader.MUSCLES.forEach((muscle, target) -> assertTrue(target.isArea(), muscle));
    }

    @Test
    void wgersMusclesKeepTheirFinerTargets() {
        assertEquals(Optional.of(Target.SOLEUS), WgerVocabulary.target("Soleus"));
        assertEquals(Optional.of(Target.CALVES), WgerVocabulary.target("Gastrocnemius"));
        assertEquals(Optional.of(Target.FRONT_DELTS), WgerVocabulary.target("Anterior deltoid"));
        assertEquals(Optional.of(Target.FRONT_DELTS), WgerVocabulary.target("Shoulders"));
        assertEquals(Optional.of(Target.BRACHIALIS), WgerVocabulary.target("Brachialis"));
        assertEquals(Optional.of(Target.SERRATUS_ANTERIOR), WgerVocabulary.target("Serratus anterior"));
        assertEquals(Optional.of(Target.HAMSTRINGS), WgerVocabulary.target("Biceps femoris"));
    }

    @Test
    void everyMuscleOfTheWgerFixtureMapsAndNoneIsDropped() throws IOException {
        List<Map<String, Set<String>>> named = musclesPerExercise(
                Fixtures.path("wger/exerciseinfo-page.json"), List.of("muscles", "muscles_secondary"), "name");
        Set<String> unmapped = new TreeSet<>();
        for (Map<String, Set<String>> exercise : named) {
            exercise.values()
                    .forEach(muscles -> muscles.stream()
                            .filter(m -> WgerVocabulary.target(m).isEmpty())
                            .forEach(unmapped::add));
        }
        assertEquals(Set.of(), unmapped);
        // Soleus and gastrocnemius are two targets now: the soleus is no longer merged into the calves.
        Exercise calfRaise = new WgerReader()
                .parse(Fixtures.path("wger/exerciseinfo-page.json"))
                .catalog()
                .exercise(dev.limber.domain.exercise.ExerciseId.of("standing-calf-raise"))
                .orElseThrow();
        assertEquals(2, calfRaise.targets().size());
    }

    @Test
    void everyMuscleOfTheRealFreeExerciseDbMapsAndEveryMentionIsKept() throws IOException {
        Optional<Path> dataset = Stream.of(Path.of("..", "..", DATASET), Path.of("..", DATASET), Path.of(DATASET))
                .filter(Files::isRegularFile)
                .findFirst();
        assumeTrue(
                dataset.isPresent(),
                "skipped: the free-exercise-db dataset is not at ../shared/" + DATASET.substring("shared/".length())
                        + " beside the repository (looked from " + Path.of("").toAbsolutePath() + ")");
        List<Map<String, Set<String>>> named =
                musclesPerExercise(dataset.get(), List.of("primaryMuscles", "secondaryMuscles"), null);
        Set<String> names = new TreeSet<>();
        int mentions = 0;
        for (Map<String, Set<String>> exercise : named) {
            Set<String> distinct = new LinkedHashSet<>();
            exercise.values().forEach(distinct::addAll);
            names.addAll(distinct);
            mentions += distinct.size();
        }
        assertEquals(FreeExerciseDbReader.MUSCLES.keySet(), names, "the dataset's muscles are the table's");
        Catalog catalog = new FreeExerciseDbReader().parse(dataset.get()).catalog();
        int kept =
                catalog.exercises().stream().mapToInt(e -> e.targets().size()).sum();
        assertEquals(mentions, kept, "each muscle an exercise names is one of its targets");
    }

    @Test
    void theDocumentedTablesAreTheReadersTables() throws IOException {
        List<String> lines = Files.readAllLines(docs());
        assertEquals(mapOf(FreeExerciseDbReader.MUSCLES), rows(lines, "| free-exercise-db muscle |"));
        Map<String, Target> wger = new LinkedHashMap<>();
        rows(lines, "| wger muscle |").forEach((cell, target) -> {
            // "Anterior deltoid (Shoulders)": the Latin name, and wger's English one in brackets.
            Matcher names = Pattern.compile("^([^(]+?)(?: \\(([^)]+)\\))?$").matcher(cell);
            assertTrue(names.matches(), cell);
            wger.put(names.group(1).toLowerCase(Locale.ROOT), target);
            if (names.group(2) != null) {
                wger.put(names.group(2).toLowerCase(Locale.ROOT), target);
            }
        });
        assertEquals(mapOf(WgerVocabulary.MUSCLES), wger);
        Map<String, Target> exercemus = rows(lines, "| exercemus muscle |");
        assertEquals(21, exercemus.size(), "exercemus names 21 muscles");
        assertEquals(List.of(Target.values()), vocabulary(lines));
    }

    /** The table of targets and their areas, checking each row's area against the domain. */
    private static List<Target> vocabulary(List<String> lines) {
        int start = lines.indexOf("| target | area | what |");
        assertTrue(start >= 0, "docs/document-format.md has no table of targets and their areas");
        List<Target> targets = new ArrayList<>();
        Pattern row = Pattern.compile("^\\| `([a-z-]+)` \\| `([a-z-]+)` \\|");
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher cells = row.matcher(lines.get(i));
            assertTrue(cells.find(), "docs/document-format.md:" + (i + 1) + ": not a target row: " + lines.get(i));
            Target target = Target.parse(cells.group(1));
            assertEquals(target.area(), Target.parse(cells.group(2)), "docs/document-format.md:" + (i + 1));
            targets.add(target);
        }
        return targets;
    }

    /** A table's rows (source cell → target), checking each row's area column against the domain. */
    private static Map<String, Target> rows(List<String> lines, String header) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(header)) {
                assertEquals(-1, start, "two tables start with " + header);
                start = i;
            }
        }
        assertTrue(start >= 0, "docs/document-format.md has no table starting " + header);
        Map<String, Target> rows = new LinkedHashMap<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher row = ROW.matcher(lines.get(i));
            assertTrue(row.find(), "docs/document-format.md:" + (i + 1) + ": not a mapping row: " + lines.get(i));
            Target target = Target.parse(row.group(2));
            assertEquals(target.area(), Target.parse(row.group(3)), "docs/document-format.md:" + (i + 1));
            rows.put(row.group(1).replace("`", "").strip(), target);
        }
        return rows;
    }

    private static Map<String, Target> mapOf(Map<String, Target> table) {
        return new LinkedHashMap<>(table);
    }

    private static Path docs() {
        return Stream.of(Path.of("..", "docs", "document-format.md"), Path.of("docs", "document-format.md"))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "docs/document-format.md not found from " + Path.of("").toAbsolutePath()));
    }

    /**
     * Each exercise's muscle names per list field, read with a streaming parser: the strings of
     * the field (free-exercise-db) or each object's {@code objectField} (wger's muscle objects).
     */
    private static List<Map<String, Set<String>>> musclesPerExercise(Path file, List<String> fields, String objectField)
            throws IOException {
        List<Map<String, Set<String>>> exercises = new ArrayList<>();
        Map<String, Set<String>> current = null;
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME || !fields.contains(parser.currentName())) {
                    continue;
                }
                String field = parser.currentName();
                if (current == null || current.containsKey(field)) {
                    current = new LinkedHashMap<>();
                    exercises.add(current);
                }
                Set<String> muscles = new LinkedHashSet<>();
                current.put(field, muscles);
                parser.nextToken(); // START_ARRAY
                int depth = 0;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY || depth > 0) {
                    if (token == JsonToken.START_OBJECT) {
                        depth++;
                    } else if (token == JsonToken.END_OBJECT) {
                        depth--;
                    } else if (objectField == null && token == JsonToken.VALUE_STRING) {
                        muscles.add(parser.getText().strip().toLowerCase(Locale.ROOT));
                    } else if (objectField != null
                            && token == JsonToken.FIELD_NAME
                            && depth == 1
                            && objectField.equals(parser.currentName())) {
                        parser.nextToken();
                        muscles.add(parser.getText());
                    }
                }
            }
        }
        return exercises;
    }
}
