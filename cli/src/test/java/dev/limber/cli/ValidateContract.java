package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code limber validate}: guideline findings placed in the files, exit codes by severity. */
abstract class ValidateContract extends StoreTest {
    static final Path BACKWARDS = fixture("validate/backwards-day.yaml");
    static final Path LEG_DAY = fixture("good/leg-day.yaml");

    @Test
    void findingsArePlacedAtTheStepOrPhaseTheyConcern() {
        long before = exercises();
        CliRun run = limber("validate", BACKWARDS.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertTrue(run.out().contains(BACKWARDS + ":22:13: error phase-order warm-up comes after main"), run.out());
        assertTrue(
                run.out().contains(BACKWARDS + ":26:27: error unknown-exercise unknown exercise ghost-move"),
                run.out());
        assertTrue(run.err().contains("1 program(s) checked: 2 error(s)"), run.err());
        assertEquals(before, exercises(), "validate writes nothing");
    }

    @Test
    void exercisesResolveAgainstTheDocumentThenTheDatabase() {
        CliRun run = limber("validate", BACKWARDS.toString());
        assertTrue(!run.out().contains("unknown-exercise unknown exercise doc-only-lunge"), run.out());
        assertTrue(!run.out().contains("unknown-exercise unknown exercise back-squat"), run.out());
    }

    @Test
    void warningsPassUnlessStrict() {
        CliRun lenient = limber("validate", LEG_DAY.toString());
        assertEquals(ExitCodes.OK, lenient.exitCode(), lenient.err());
        assertTrue(lenient.out().contains(LEG_DAY + ":17:13: warning warm-up-duration"), lenient.out());

        CliRun strict = limber("validate", "--strict", LEG_DAY.toString());
        assertEquals(ExitCodes.FINDINGS, strict.exitCode(), strict.err());
    }

    @Test
    void jsonOutputCarriesEveryFindingWithItsPlace() {
        CliRun run = limber("validate", "--output=json", BACKWARDS.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{"), run.out());
        assertTrue(run.out().contains("\"valid\": false"), run.out());
        assertTrue(run.out().contains("\"errors\": 2"), run.out());
        assertTrue(run.out().contains("\"rule\": \"unknown-exercise\""), run.out());
        assertTrue(run.out().contains("\"line\": 26"), run.out());
        assertTrue(run.out().contains("\"pointer\": \"/programs/0/sessions/0/phases/1/steps/1/exercise\""), run.out());
    }

    @Test
    void invalidDocumentsExitWith3AndListEveryProblem() {
        Path bad = fixture("bad/unknown-fields.yaml");
        CliRun run = limber("validate", bad.toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(bad + ":7:5: unknown field 'difficulty'"), run.err());
        assertTrue(run.err().contains(bad + ":11:5: unknown field 'colour'"), run.err());
        assertTrue(run.err().contains("the documents are invalid"), run.err());

        CliRun json = limber("validate", "--output=json", bad.toString());
        assertEquals(ExitCodes.INVALID_INPUT, json.exitCode());
        assertTrue(json.out().contains("\"message\": \"unknown field 'difficulty'"), json.out());
    }

    @Test
    void anUnknownOutputIsABadCommandLine() throws IOException {
        CliRun run = limber("validate", "--output=xml", LEG_DAY.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("text, json"), run.err());
    }

    @Test
    void storedProgramsAreCheckedByIdWithoutExportingThem() {
        assertEquals(ExitCodes.OK, limber("import", LEG_DAY.toString()).exitCode());
        CliRun run = limber("validate", "--program", "airplane-leg-day", "--program", "desk-break");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("airplane-leg-day › Legs › warm-up: warning warm-up-duration "), run.out());
        assertTrue(run.err().contains("2 program(s) checked"), run.err());

        CliRun json = limber("validate", "--output=json", "--program", "airplane-leg-day");
        assertTrue(json.out().contains("\"program\": \"airplane-leg-day\""), json.out());
        assertTrue(json.out().contains("\"location\": \"Legs › warm-up\""), json.out());
        assertTrue(json.out().contains("\"file\": null"), json.out());
    }

    @Test
    void allStoredProgramsAreCheckedTogetherWithDocuments() {
        long stored = programs();
        CliRun run = limber("validate", "--all-programs", LEG_DAY.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains((stored + 1) + " program(s) checked"), run.err());
        assertTrue(run.out().contains(LEG_DAY + ":17:13: warning warm-up-duration"), run.out());
    }

    @Test
    void anUnknownStoredProgramIsNamedAndNothingIsChecked() {
        CliRun run = limber("validate", "--program", "no-such-program");
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("no program with id no-such-program"), run.err());
        CliRun none = limber("validate");
        assertEquals(ExitCodes.USAGE, none.exitCode(), none.err());
        assertTrue(
                none.err().startsWith("name documents (PATH...), stored programs (--program ID) or --all-programs"),
                none.err());
    }
}
