package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 through the command line: every input beyond a limit is exit 3 with its place, from
 * import and validate alike, never exit 70 with SQL; and what imports can always be exported,
 * printed and imported again.
 */
abstract class LimitsContract extends StoreTest {

    static String program(String id, String stepFields) {
        return String.join(
                "\n",
                "limber: 1",
                "programs:",
                "  - id: " + id,
                "    name: P",
                "    sessions:",
                "      - name: s",
                "        phases:",
                "          - phase: main",
                "            steps:",
                "              - exercise: lunge",
                "                reps: 5",
                "                perSide: true",
                "                " + stepFields,
                "");
    }

    /** An input refused with exit 3, its place in the file, nothing written, no SQL. */
    CliRun refused(String place, String fragment, String... args) {
        long exercisesBefore = exercises();
        long programsBefore = programs();
        CliRun run = limber(args);
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(place), "expected «" + place + "» in:\n" + run.err());
        assertTrue(run.err().contains(fragment), "expected «" + fragment + "» in:\n" + run.err());
        assertFalse(run.err().contains("SQL"), run.err());
        assertEquals(exercisesBefore, exercises(), "exercises unchanged");
        assertEquals(programsBefore, programs(), "programs unchanged");
        return run;
    }

    @Test
    void anOversizedRestIsRefusedAndExportStillWorks() throws IOException {
        Path file = file("poison-rest.yaml", program("poison-rest", "rest: PT2562047788015215H"));
        refused(file + ":13:23: rest must be at most 1 h", "nothing was written", "import", file.toString());
        refused(file + ":13:23: rest must be at most 1 h", "", "validate", file.toString());
        Path hold = file("poison-hold.yaml", program("poison-hold", "hold: P99999D"));
        refused(hold + ":13:23: hold must be at most", "", "import", hold.toString());
        CliRun export = limber("export");
        assertEquals(ExitCodes.OK, export.exitCode(), export.err());
    }

    @Test
    void aProgramAtTheLimitsImportsAndIsExportedPrintedAndImportedAgain() throws IOException {
        String name = "İ".repeat(200);
        Path file = file(
                "widest.yaml",
                program("widest", "rest: 1h\n                hold: 10m\n                sets: 100")
                        .replace("name: P", "name: \"" + name + "\"\n    description: \"" + "d".repeat(2000) + "\""));
        CliRun imported = limber("import", file.toString());
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
        CliRun export = limber("export");
        assertEquals(ExitCodes.OK, export.exitCode(), export.err());
        assertTrue(export.out().contains("rest: 1h"), export.out());
        for (String command : new String[] {"card", "timeline"}) {
            CliRun printed = limber(command, "widest");
            assertEquals(ExitCodes.OK, printed.exitCode(), command + ": " + printed.err());
        }
        Path again = file("exported.yaml", export.out());
        CliRun reimported = limber("import", again.toString(), "--on-conflict", "replace");
        assertEquals(ExitCodes.OK, reimported.exitCode(), reimported.err());
    }

    @Test
    void overLongTextsAreInputProblemsWithAPlace() throws IOException {
        Path file = file(
                "long.yaml",
                String.join(
                        "\n",
                        "limber: 1",
                        "exercises:",
                        "  - id: long",
                        "    name: " + "a".repeat(201),
                        "    kind: strength",
                        "    primary: [glutes]",
                        "    equipment: " + "b".repeat(101),
                        "    caution: " + "c".repeat(2001),
                        ""));
        CliRun run = refused(
                file + ":4:11: name must be at most 200 characters", "nothing was written", "import", file.toString());
        refused(file + ":4:11: name must be at most 200 characters", "", "validate", file.toString());
        assertFalse(run.err().contains("a".repeat(201)), run.err());
    }

    /**
     * Issue 14: each text of an exercise beyond the width of its column (and so beyond the
     * model's limit) is exit 3 at its place, on a dry run exactly as on the real import.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
        "equipment,         '    equipment: %s',                                 134, 7:16, equipment must be at most 100 characters",
        "cue,               '    cues: [\"%s\"]',                               4001, 7:12, cues[0] must be at most 1000 characters",
        "variation,         '    variations: [ok, \"%s\"]',                     4001, 7:22, variations[1] must be at most 1000 characters",
        "startingPosition,  '    startingPosition: %s',                          2001, 7:23, startingPosition must be at most 1000 characters",
        "caution,           '    caution: %s',                                   2001, 7:14, caution must be at most 1000 characters",
        "origin,            '    source: {origin: %s, license: x}',               201, 7:22, source.origin must be at most 200 characters",
        "license,           '    source: {origin: x, license: %s}',               201, 7:34, source.license must be at most 200 characters",
        "originalId,        '    source: {origin: x, license: x, originalId: %s}', 201, 7:49, source.originalId must be at most 200 characters"
    })
    void aTextWiderThanItsColumnIsRefusedAtItsPlaceOnADryRunAsOnTheImport(
            String field, String line, int length, String place, String message) throws IOException {
        Path file = file(
                field + ".yaml",
                String.join(
                        "\n",
                        "limber: 1",
                        "exercises:",
                        "  - id: wide-" + field.toLowerCase(java.util.Locale.ROOT),
                        "    name: Wide",
                        "    kind: strength",
                        "    primary: [glutes]",
                        line.formatted("x".repeat(length)),
                        ""));
        refused(file + ":" + place + ": " + message, "nothing was written", "import", "--dry-run", file.toString());
        refused(file + ":" + place + ": " + message, "nothing was written", "import", file.toString());
    }

    @Test
    void aDatasetEquipmentWiderThanItsColumnIsRefusedAtItsPlace() throws IOException {
        Path file = file(
                "dataset.json",
                "[{\"id\":\"Wide_Move\",\"name\":\"Wide Move\",\"force\":null,\"level\":\"beginner\","
                        + "\"mechanic\":null,\"equipment\":\"" + "e".repeat(134) + "\",\"primaryMuscles\":[\"glutes\"],"
                        + "\"secondaryMuscles\":[],\"instructions\":[\"Move\"],\"category\":\"strength\",\"images\":[]}]");
        for (String dryRun : new String[] {"--dry-run", "--no-progress"}) {
            refused(
                    file + ":1:",
                    "equipment must be at most 100 characters",
                    "import",
                    "--format",
                    "free-exercise-db",
                    dryRun,
                    file.toString());
        }
    }

    @Test
    void controlCharactersAreInputProblemsWithAPlace() throws IOException {
        Path file = file(
                "nul.json",
                "{\"limber\":1,\"exercises\":[{\"id\":\"nul\",\"name\":\"a\\u0000b\",\"kind\":\"strength\","
                        + "\"primary\":[\"glutes\"]}]}");
        refused(file + ":1:45: name must not contain control characters", "", "import", file.toString());
        refused(file + ":1:45: name must not contain control characters", "", "validate", file.toString());
    }

    @Test
    void aThousandAndOneProblemsAreInputProblems() throws IOException {
        String keys = IntStream.range(0, 1001).mapToObj(i -> "\"k" + i + "\":1").collect(Collectors.joining(","));
        Path file = file("many.json", "{\"limber\":1,\"exercises\":[{" + keys + "}]}");
        refused(file + ":1:", "more than 1000 problems", "import", file.toString());
    }

    @Test
    void aHugeValueIsQuotedShortly() throws IOException {
        Path file = file(
                "huge.json",
                "{\"limber\":1,\"exercises\":[{\"id\":\"huge\",\"name\":\"" + "x".repeat(5_000_000)
                        + "\",\"kind\":\"strength\",\"primary\":[\"glutes\"]}]}");
        CliRun run = refused(file + ":1:", "at most 200 characters", "import", file.toString());
        assertTrue(run.err().length() < 2000, "stderr of " + run.err().length() + " characters");
    }
}
