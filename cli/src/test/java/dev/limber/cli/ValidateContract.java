package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
        assertTrue(run.err().contains("1 program checked: 2 errors, 2 warnings, 2 info."), run.err());
        assertEquals(before, exercises(), "validate writes nothing");
    }

    @Test
    void exercisesResolveAgainstTheDocumentThenTheDatabase() {
        CliRun run = limber("validate", BACKWARDS.toString());
        assertTrue(!run.out().contains("unknown-exercise unknown exercise doc-only-lunge"), run.out());
        assertTrue(!run.out().contains("unknown-exercise unknown exercise back-squat"), run.out());
    }

    @Test
    void aStoredExerciseThatIsNotBuiltInIsReadFromTheDatabaseAndTheCommandSaysSo() throws IOException {
        Path move = file(
                "stored-move.yaml",
                "limber: 1\nexercises:\n  - id: stored-hip-opener\n    name: Stored Hip Opener\n"
                        + "    kind: mobility\n    laterality: bilateral\n    primary: [hips]\n");
        assertEquals(ExitCodes.OK, limber("import", move.toString()).exitCode());
        Path program = file(
                "uses-stored.yaml",
                "limber: 1\nprograms:\n  - id: uses-stored\n    name: Uses Stored\n    sessions:\n"
                        + "      - name: Hips\n        phases:\n          - phase: warm-up\n            steps:\n"
                        + "              - exercise: leg-swings\n                duration: 30s\n"
                        + "                perSide: true\n"
                        + "              - exercise: stored-hip-opener\n                duration: 30s\n"
                        + "                perSide: true\n");

        CliRun run = limber("validate", program.toString());

        assertEquals(
                "limber: stored-hip-opener is neither in the document nor built in; looking in the database",
                run.err().lines().findFirst().orElse(""),
                run.err());
        assertFalse(run.out().contains("unknown exercise stored-hip-opener"), run.out());
        assertTrue(
                run.out().contains("perSide does not fit stored-hip-opener, which is bilateral"),
                "the stored exercise's laterality is what the step is checked against: " + run.out());
        assertFalse(run.out().contains("does not fit leg-swings"), run.out());
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

    // ---- Issue 13: rules judge the move and its place, not the phase label. ----

    /** A document of issue 13's seen cases, under fixtures/validate/judged. */
    static Path judged(String name) {
        return fixture("validate/judged/" + name + ".yaml");
    }

    /** The findings of one rule, each as {@code severity message}, without their place. */
    private static List<String> lines(CliRun run, String ruleId) {
        List<String> found = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            int at = line.indexOf(": ");
            String rest = at < 0 ? line : line.substring(at + 2);
            String[] words = rest.split(" ", 3);
            if (words.length == 3 && words[1].equals(ruleId)) {
                found.add(words[0] + " " + words[2]);
            }
        }
        return found;
    }

    @Test
    void staticStretchesAtTheTopOfTheMainPhaseAreWarnedEachWithItsOwnMuscles() {
        Path file = judged("stretches-atop-main");
        CliRun run = limber("validate", file.toString());
        assertEquals(
                List.of(
                        "warning static holding before back-squat adds up to 2 min for the hamstrings (this check warns"
                                + " at 1 min a muscle); keep holds shorter or move reclining-single-leg-stretch to the"
                                + " cool-down",
                        "warning static holding before back-squat adds up to 1 min 30 s for the hip-flexors and 1 min"
                                + " 30 s for the quadriceps (this check warns at 1 min a muscle); keep holds shorter or"
                                + " move couch-stretch to the cool-down"),
                lines(run, "static-stretch-before-training"),
                run.out());
        assertTrue(run.out().contains(file + ":30:27: warning static-stretch-before-training"), run.out());
    }

    @Test
    void aWarmUpOfStaticHoldsWarmsNothingAndIsNotAPlainPass() {
        CliRun run = limber("validate", judged("static-warm-up").toString());
        assertEquals(
                List.of("warning the warm-up does not reach glutes (back-squat), quadriceps (back-squat), hamstrings,"
                        + " hips and lower-back (areas the article warms before leg day); add leg-swings,"
                        + " walking-lunge-with-twist or glute-kickback for the glutes; walking-lunge-with-twist or"
                        + " bodyweight-squat for the quadriceps; leg-swings, walking-lunge-with-twist or"
                        + " standing-roll-down for the hamstrings; hip-circles for the hips; hip-circles,"
                        + " standing-roll-down or glute-kickback for the lower-back"),
                lines(run, "warm-up-coverage"),
                run.out());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .contains("1 program checked: 0 errors, 5 warnings, 1 info; passed (warnings fail only with"
                                + " --strict)."),
                run.err());
    }

    @Test
    void bodyweightSquatsAloneMissTheHipsAndTheLowerBack() {
        CliRun run = limber("validate", judged("squats-only-warm-up").toString());
        assertEquals(
                List.of("warning the warm-up does not reach hips and lower-back (areas the article warms before leg"
                        + " day); add hip-circles for the hips; hip-circles, standing-roll-down or glute-kickback for"
                        + " the lower-back"),
                lines(run, "warm-up-coverage"),
                run.out());
    }

    @Test
    void aNerveFlossIsNoCoolDownStretchAndCarriesTheArticlesConditionAndCaution() {
        CliRun run = limber("validate", judged("floss-cool-down").toString());
        String glide = "sciatic-nerve-floss is a nerve glide, neither a stretch nor a warm-up: the article uses nerve"
                + " flossing when traditional stretching doesn't relieve the tightness. Caution: See a clinician"
                + " before going on if pain radiates down your leg or comes with numbness or tingling.";
        assertEquals(
                List.of("info a lower-body session with no cool-down stretch for the hamstrings; " + glide),
                lines(run, "cool-down-missing"),
                run.out());
        assertEquals(List.of("info " + glide), lines(run, "nerve-glide"), run.out());
    }

    @Test
    void eachMuscleGetsItsOwnTotalInWordsThatAgree() {
        CliRun run = limber("validate", judged("holds-add-up").toString());
        assertEquals(
                List.of(
                        "warning static holding before back-squat adds up to 1 min 30 s for the lower-back and 1 min"
                                + " for the hips (this check warns at 1 min a muscle); keep holds shorter or move"
                                + " childs-pose to the cool-down",
                        "warning static holding before back-squat adds up to 1 min 30 s for the lower-back (this check"
                                + " warns at 1 min a muscle); keep holds shorter or move knees-to-chest to the"
                                + " cool-down"),
                lines(run, "static-stretch-before-training"),
                run.out());
        assertTrue(!run.out().contains("4.6"), "research figures are the rationale's, not the message's");
    }

    @Test
    void aStretchAlreadyInTheCoolDownIsNotAdvisedToMoveThere() {
        CliRun run = limber("validate", judged("cool-down-first").toString());
        assertEquals(
                List.of("error main comes after cool-down; the order is warm-up → main → cool-down"),
                lines(run, "phase-order"),
                run.out());
        assertTrue(!run.out().contains("move legs-up-the-wall to the cool-down"), run.out());
    }

    @Test
    void aTwelveMinuteWarmUpIsInfoAboutTheArticlesHabit() {
        CliRun run =
                limber("validate", "--strict", judged("twelve-minute-warm-up").toString());
        assertEquals(
                List.of("info the warm-up takes 12 min, over the article's 5 min to 10 min; that range is the"
                        + " article's habit, not a limit from evidence (FIFA 11+ takes about 20 min)"),
                lines(run, "warm-up-duration"),
                run.out());
        assertEquals(ExitCodes.OK, run.exitCode(), "info does not fail even with --strict: " + run.err());
        assertTrue(
                run.err().contains("1 program checked: 0 errors, 0 warnings, 2 info; passed (--strict)."), run.err());
    }

    @Test
    void explainShowsEachFindingsRationaleUnderIt() {
        CliRun plain = limber("validate", judged("squats-only-warm-up").toString());
        assertTrue(!plain.out().contains("  why: "), plain.out());

        CliRun run =
                limber("validate", "--explain", judged("squats-only-warm-up").toString());
        List<String> out = run.out().lines().toList();
        int coverage = 0;
        while (!out.get(coverage).contains(" warm-up-coverage ")) {
            coverage++;
        }
        String why = out.get(coverage + 1);
        assertTrue(
                why.startsWith("  why: Warm up every muscle you are about to load, and on leg day the hamstrings,"
                        + " glutes, hips and lower-back: in the article, tight hamstrings and glutes pull the pelvis backward"
                        + " and the lower back takes over and tightens"),
                why);
        assertTrue(why.contains("Soligard et al. 2008: moderate"), why);
        assertEquals(2 * plain.out().lines().count(), out.size(), "one why under every finding");
    }

    @Test
    void theLastFindingEndsItsLineBeforeTheSummary() {
        // As a terminal shows it: stdout and stderr on one stream.
        StringWriter both = new StringWriter();
        CommandLine commandLine = Limber.commandLine();
        PrintWriter writer = new PrintWriter(both, true);
        commandLine.setOut(writer);
        commandLine.setErr(writer);
        List<String> args = new ArrayList<>(List.of("validate", BACKWARDS.toString()));
        args.addAll(CliRun.databaseOptions(database));
        commandLine.execute(args.toArray(String[]::new));
        assertTrue(both.toString().contains("in its week\n1 program checked: "), both.toString());
        assertTrue(both.toString().endsWith(".\n") || both.toString().endsWith("." + System.lineSeparator()));
    }

    @Test
    void storedProgramsAreCheckedByIdWithoutExportingThem() {
        assertEquals(ExitCodes.OK, limber("import", LEG_DAY.toString()).exitCode());
        CliRun run = limber("validate", "--program", "airplane-leg-day", "--program", "desk-break");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("airplane-leg-day › Legs › warm-up: warning warm-up-duration "), run.out());
        assertTrue(run.err().contains("2 programs checked"), run.err());

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
        assertTrue(run.err().contains((stored + 1) + " programs checked"), run.err());
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
