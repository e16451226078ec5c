package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.Limits;
import dev.limber.domain.program.Program;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: every limit of the model is met while reading, as a placed problem (never a crash),
 * and a problem repeats only a short prefix of the value.
 */
class InputLimitsTest {
    private final DocumentReader reader = new DocumentReader();

    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String step(String fields) {
        return "{\"exercise\":\"lunge\",\"reps\":5" + fields + "}";
    }

    static String program(String programFields, String sessionFields, String steps) {
        return "{\"id\":\"p\",\"name\":\"P\"" + programFields + ",\"sessions\":[{\"name\":\"s\"" + sessionFields
                + ",\"phases\":[{\"phase\":\"main\",\"steps\":[" + steps + "]}]}]}";
    }

    static String exercise(String fields) {
        return "{\"id\":\"e\",\"name\":\"E\",\"kind\":\"strength\",\"primary\":[\"glutes\"]" + fields + "}";
    }

    DocumentException refusedProgram(String json) {
        return assertThrows(
                DocumentException.class,
                () -> reader.readProgram("request body", json.getBytes(StandardCharsets.UTF_8)));
    }

    DocumentException refusedExercise(String json) {
        return assertThrows(
                DocumentException.class,
                () -> reader.readExercise("request body", json.getBytes(StandardCharsets.UTF_8)));
    }

    static void placedAt(DocumentException refused, String pointer, String fragment) {
        assertEquals(1, refused.problems().size(), refused.problems().toString());
        Problem problem = refused.problems().get(0);
        assertEquals(pointer, problem.pointer(), problem.toString());
        assertTrue(problem.hasLine(), problem.toString());
        assertTrue(problem.message().contains(fragment), problem.toString());
        assertTrue(
                problem.message().length() < 300,
                "a short message: " + problem.message().length());
    }

    @Test
    void anOversizedRestIsRefusedWhereItIsWritten() {
        String body = program("", "", step(",\"perSide\":true,\"rest\":\"PT3000000000S\""));
        placedAt(refusedProgram(body), "/sessions/0/phases/0/steps/0/rest", "rest must be at most 1 h");
        placedAt(
                refusedProgram(program("", "", step(",\"rest\":\"PT2562047788015215H\""))),
                "/sessions/0/phases/0/steps/0/rest",
                "rest must be at most 1 h");
        placedAt(
                refusedProgram(program("", "", step(",\"hold\":\"P99999D\""))),
                "/sessions/0/phases/0/steps/0/hold",
                "hold must be at most 10 min");
        placedAt(
                refusedProgram(program("", "", step(",\"hold\":\"PT0.5S\""))),
                "/sessions/0/phases/0/steps/0/hold",
                "hold must be whole seconds");
        placedAt(
                refusedProgram(program(
                        "", "", "{\"circuit\":\"c\",\"rounds\":2,\"rest\":\"P99999D\",\"steps\":[" + step("") + "]}")),
                "/sessions/0/phases/0/steps/0/rest",
                "circuit.rest must be at most 1 h");
        Program atTheLimit = reader.readProgram(
                "request body",
                program("", "", step(",\"rest\":\"1h\",\"hold\":\"10m\"")).getBytes(StandardCharsets.UTF_8));
        assertEquals(
                Limits.REST,
                atTheLimit
                        .sessions()
                        .get(0)
                        .exerciseSteps()
                        .get(0)
                        .prescription()
                        .rest());
    }

    static Stream<Arguments> overLongExerciseTexts() {
        String name = "a".repeat(Limits.NAME + 1);
        String paragraph = "a".repeat(Limits.PARAGRAPH + 1);
        String source = "a".repeat(Limits.SOURCE_TEXT + 1);
        return Stream.of(
                Arguments.of(",\"name\":" + quoted(name), "/name"),
                Arguments.of(",\"equipment\":" + quoted("a".repeat(Limits.EQUIPMENT + 1)), "/equipment"),
                Arguments.of(",\"startingPosition\":" + quoted(paragraph), "/startingPosition"),
                Arguments.of(",\"caution\":" + quoted(paragraph), "/caution"),
                Arguments.of(",\"cues\":[\"ok\"," + quoted(paragraph) + "]", "/cues/1"),
                Arguments.of(",\"variations\":[" + quoted(paragraph) + "]", "/variations/0"),
                Arguments.of(",\"source\":{\"origin\":" + quoted(source) + ",\"license\":\"x\"}", "/source/origin"),
                Arguments.of(
                        ",\"source\":{\"origin\":\"x\",\"originalId\":" + quoted(source) + ",\"license\":\"x\"}",
                        "/source/originalId"),
                Arguments.of(",\"source\":{\"origin\":\"x\",\"license\":" + quoted(source) + "}", "/source/license"));
    }

    @ParameterizedTest
    @MethodSource("overLongExerciseTexts")
    void overLongTextsOfAnExerciseArePlaced(String fields, String pointer) {
        String json = exercise(fields);
        if (fields.startsWith(",\"name\"")) {
            json = json.replaceFirst(",\"name\":\"E\"", "");
        }
        placedAt(refusedExercise(json), pointer, "characters");
    }

    static Stream<Arguments> overLongProgramTexts() {
        String name = quoted("a".repeat(Limits.NAME + 1));
        return Stream.of(
                Arguments.of(
                        program(",\"description\":" + quoted("a".repeat(Limits.DESCRIPTION + 1)), "", step("")),
                        "/description"),
                Arguments.of(
                        program("", ",\"days\":[]", step("")).replace("\"name\":\"s\"", "\"name\":" + name),
                        "/sessions/0/name"),
                Arguments.of(
                        program("", "", step(",\"note\":" + quoted("a".repeat(Limits.PARAGRAPH + 1)))),
                        "/sessions/0/phases/0/steps/0/note"),
                Arguments.of(
                        program("", "", "{\"circuit\":" + name + ",\"rounds\":2,\"steps\":[" + step("") + "]}"),
                        "/sessions/0/phases/0/steps/0/circuit"),
                Arguments.of(program("", "", step("")).replace("\"name\":\"P\"", "\"name\":" + name), "/name"));
    }

    @ParameterizedTest
    @MethodSource("overLongProgramTexts")
    void overLongTextsOfAProgramArePlaced(String json, String pointer) {
        placedAt(refusedProgram(json), pointer, "characters");
    }

    @Test
    void tooLongListsArePlacedAtTheList() {
        String cues = IntStream.range(0, 50_000).mapToObj(i -> "\"Brace\"").collect(Collectors.joining(","));
        placedAt(refusedExercise(exercise(",\"cues\":[" + cues + "]")), "/cues", "cues must have at most 50 items");
        String session = "{\"name\":\"s%d\",\"phases\":[{\"phase\":\"main\",\"steps\":[" + step("") + "]}]}";
        String sessions = IntStream.range(0, Limits.SESSIONS + 1)
                .mapToObj(i -> String.format(session, i))
                .collect(Collectors.joining(","));
        placedAt(
                refusedProgram("{\"id\":\"p\",\"name\":\"P\",\"sessions\":[" + sessions + "]}"),
                "/sessions",
                "sessions must have at most 100 items");
        String steps =
                IntStream.range(0, Limits.STEPS + 1).mapToObj(i -> step("")).collect(Collectors.joining(","));
        placedAt(refusedProgram(program("", "", steps)), "/sessions/0/phases/0/steps", "at most 50 items");
        String tags = IntStream.range(0, Limits.TAGS + 1)
                .mapToObj(i -> "\"t" + i + "\"")
                .collect(Collectors.joining(","));
        placedAt(refusedProgram(program(",\"tags\":[" + tags + "]", "", step(""))), "/tags", "at most 20 items");
    }

    @Test
    void controlCharactersArePlaced() {
        placedAt(
                refusedExercise(exercise("").replace("\"name\":\"E\"", "\"name\":\"a\\u0000b\"")),
                "/name",
                "must not contain control characters");
        placedAt(
                refusedProgram(program("", "", step(",\"note\":\"bell\\u0007\""))),
                "/sessions/0/phases/0/steps/0/note",
                "U+0007");
        Program withLines = reader.readProgram(
                "request body",
                program(",\"description\":\"one\\ntwo\"", "", step("")).getBytes(StandardCharsets.UTF_8));
        assertEquals("one\ntwo", withLines.description());
    }

    @Test
    void aThousandAndOneProblemsAreReportedNotCrashedOn() {
        String keys = IntStream.range(0, 1001).mapToObj(i -> "\"k" + i + "\":1").collect(Collectors.joining(","));
        DocumentException refused = refusedProgram("{" + keys + "}");
        assertEquals(Problems.MAX + 1, refused.problems().size());
        assertTrue(refused.problems().stream().anyMatch(p -> p.message().contains("the rest are not shown")));
        DocumentException document = assertThrows(
                DocumentException.class,
                () -> reader.read(
                        "many.json",
                        ("{\"limber\":1,\"exercises\":[{" + keys + "}]}").getBytes(StandardCharsets.UTF_8),
                        DocumentFormat.JSON));
        assertEquals(Problems.MAX + 1, document.problems().size());
    }

    @Test
    void aHugeValueIsQuotedByItsFirstCharactersOnly() {
        String huge = "x".repeat(5_000_000);
        DocumentException name = refusedExercise(exercise("").replace("\"name\":\"E\"", "\"name\":\"" + huge + "\""));
        assertTrue(name.getMessage().length() < 400, () -> name.getMessage().substring(0, 400));
        DocumentException key = refusedExercise(exercise(",\"" + huge + "\":1"));
        assertTrue(key.getMessage().length() < 800, () -> key.getMessage().substring(0, 800));
        DocumentException rest = refusedProgram(program("", "", step(",\"rest\":\"" + huge + "\"")));
        assertTrue(rest.getMessage().length() < 400, () -> rest.getMessage().substring(0, 400));
    }

    @Test
    void limitsAreMetInYamlDocumentsWithLineAndColumn() {
        String yaml = String.join(
                "\n",
                "limber: 1",
                "programs:",
                "  - id: poison-rest",
                "    name: P",
                "    sessions:",
                "      - name: s",
                "        phases:",
                "          - phase: main",
                "            steps:",
                "              - exercise: lunge",
                "                reps: 5",
                "                rest: PT2562047788015215H",
                "");
        DocumentException refused = assertThrows(
                DocumentException.class,
                () -> reader.read("poison.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML));
        assertEquals(
                List.of("poison.yaml:12:23: rest must be at most 1 h (was PT2562047788015215H)"),
                refused.problems().stream().map(Problem::toString).toList());
    }
}
