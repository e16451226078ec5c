package dev.limber.formats.document;

import static dev.limber.formats.document.InputLimitsTest.exercise;
import static dev.limber.formats.document.InputLimitsTest.placedAt;
import static dev.limber.formats.document.InputLimitsTest.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.limber.domain.Limits;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Force;
import dev.limber.domain.exercise.Level;
import dev.limber.domain.exercise.Mechanic;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: a document carries an exercise's description, aliases, level, mechanic and force and
 * its source's author and URL, and an exercise with no muscle focus; each is written back byte for
 * byte, limited while reading, and absent from documents written before (which read unchanged).
 */
class ExerciseTextsDocumentTest {
    private final DocumentReader reader = new DocumentReader();
    private final DocumentWriter writer = new DocumentWriter();

    /** Every new field, in the order the writer puts them: after the fields that were there before. */
    static final String YAML = String.join(
            "\n",
            "limber: 1",
            "exercises:",
            "  - id: back-squat",
            "    name: Back Squat",
            "    kind: strength",
            "    primary:",
            "      - quadriceps",
            "      - glutes",
            "    secondary: []",
            "    equipment: barbell",
            "    cues:",
            "      - Knees out",
            "    source:",
            "      origin: wger",
            "      originalId: '111'",
            "      license: CC-BY-SA 4",
            "      author: Jane Doe, wger.de",
            "      url: https://wger.de/api/v2/exerciseinfo/111/",
            "    description: |-",
            "      Set the bar on your upper back.",
            "      Sit down between your heels, then stand up.",
            "    aliases:",
            "      - High-bar squat",
            "      - 'Squat: back'",
            "    level: intermediate",
            "    mechanic: compound",
            "    force: push",
            "  - id: easy-run",
            "    name: Easy Run",
            "    kind: cardio",
            "    primary: []",
            "    secondary: []",
            "    equipment: body weight",
            "    cues: []",
            "");

    static Exercise squat() {
        return Exercise.builder("back-squat", "Back Squat")
                .kind(ExerciseKind.STRENGTH)
                .primary(Target.QUADRICEPS, Target.GLUTES)
                .equipment("barbell")
                .cues("Knees out")
                .source(new Source(
                        "wger", "111", "CC-BY-SA 4", "Jane Doe, wger.de", "https://wger.de/api/v2/exerciseinfo/111/"))
                .description("Set the bar on your upper back.\nSit down between your heels, then stand up.")
                .aliases("High-bar squat", "Squat: back")
                .level(Level.INTERMEDIATE)
                .mechanic(Mechanic.COMPOUND)
                .force(Force.PUSH)
                .build();
    }

    static Catalog everyNewField() {
        Exercise run = Exercise.builder("easy-run", "Easy Run")
                .kind(ExerciseKind.CARDIO)
                .source(DocumentMapping.DEFAULT_SOURCE)
                .build();
        return new Catalog(List.of(squat(), run), List.of());
    }

    @Test
    void aYamlDocumentWithEveryNewFieldReadsAndWritesBackByteForByte() {
        Catalog read = reader.read("squat.yaml", YAML.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        assertEquals(everyNewField(), read);
        assertEquals(YAML, writer.write(read, DocumentFormat.YAML));
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void everyNewFieldReadsBackEqualAndIsWrittenTheSameAgain(DocumentFormat format) {
        String text = writer.write(everyNewField(), format);
        Catalog back = reader.read("written." + format.externalName(), text.getBytes(StandardCharsets.UTF_8), format);
        assertEquals(everyNewField(), back, text);
        assertEquals(text, writer.write(back, format));
    }

    @Test
    void aSingleExerciseBodyCarriesTheNewFields() {
        String json = writer.writeExercise(squat());
        assertEquals(squat(), reader.readExercise("body", json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDocumentWrittenBeforeReadsWithoutTheNewFields() {
        Exercise old = reader.readExercise("body", exercise("").getBytes(StandardCharsets.UTF_8));
        assertNull(old.description());
        assertEquals(List.of(), old.aliases());
        assertNull(old.level());
        assertNull(old.mechanic());
        assertNull(old.force());
        assertNull(old.source().author());
        assertNull(old.source().url());
        String written = writer.writeExercise(old);
        for (String field : List.of("description", "aliases", "level", "mechanic", "force", "author", "url")) {
            assertEquals(-1, written.indexOf("\"" + field + "\""), written);
        }
    }

    static Stream<Arguments> refusedNewFields() {
        String source = ",\"source\":{\"origin\":\"x\",\"license\":\"x\"";
        return Stream.of(
                Arguments.of(
                        ",\"description\":" + quoted("a".repeat(Limits.EXERCISE_DESCRIPTION + 1)),
                        "/description",
                        "at most 4000 characters"),
                Arguments.of(
                        ",\"aliases\":[\"ok\"," + quoted("a".repeat(Limits.NAME + 1)) + "]",
                        "/aliases/1",
                        "at most 200 characters"),
                Arguments.of(
                        ",\"aliases\":" + Collections.nCopies(Limits.ALIASES + 1, "\"a\""),
                        "/aliases",
                        "at most 20 items"),
                Arguments.of(",\"aliases\":[\"two\\nlines\"]", "/aliases/0", "line breaks"),
                Arguments.of(",\"level\":\"advanced\"", "/level", "beginner, intermediate, expert"),
                Arguments.of(",\"mechanic\":\"both\"", "/mechanic", "compound, isolation"),
                Arguments.of(",\"force\":\"hold\"", "/force", "push, pull, static"),
                Arguments.of(
                        source + ",\"author\":" + quoted("a".repeat(Limits.SOURCE_AUTHOR + 1)) + "}",
                        "/source/author",
                        "at most 500 characters"),
                Arguments.of(source + ",\"url\":\"ftp://example.org/x\"}", "/source/url", "http or https"),
                Arguments.of(
                        source + ",\"url\":\"https://example.org/" + "a".repeat(Limits.SOURCE_URL) + "\"}",
                        "/source/url",
                        "at most 2000 characters"));
    }

    @ParameterizedTest
    @MethodSource("refusedNewFields")
    void eachNewFieldIsCheckedWhileReadingAndPlaced(String fields, String pointer, String fragment) {
        placedAt(
                assertThrows(
                        DocumentException.class,
                        () -> reader.readExercise(
                                "request body", exercise(fields).getBytes(StandardCharsets.UTF_8))),
                pointer,
                fragment);
    }

    @Test
    void aYamlProblemInANewFieldHasItsLineAndColumn() {
        String yaml = YAML.replace("level: intermediate", "level: advanced");
        DocumentException refused = assertThrows(
                DocumentException.class,
                () -> reader.read("squat.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML));
        assertEquals(
                List.of("squat.yaml:25:12: level must be one of beginner, intermediate, expert (was \"advanced\")"),
                refused.problems().stream().map(Problem::toString).toList());
    }
}
