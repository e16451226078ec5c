package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code limber plan}: a week of a stored program over weeks, worked out and rounded to the
 * plates. The program is {@code fixtures/loaded/progressions.yaml}'s {@code strength-block}: front
 * squats and bench presses, each trained with a progression in both sessions, so each moves twice
 * a week.
 */
abstract class PlanContract extends StoreTest {

    @BeforeAll
    void fill() {
        CliRun imported = limber("import", fixture("loaded/progressions.yaml").toString());
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
    }

    @Test
    void weekThreeOfALinearAndADoubleProgressionIsPrintedWithItsPlates() {
        // Front squat: 100 kg + 4 sessions × 2.5 kg = 110 kg = 20 bar + 2 × (25 + 20).
        // Bench press: 8-12 from 8 reps, fifth session: 12 reps at 135 lb, which is 61.235 kg;
        // kg plates make 60 or 62.5 kg, and 60 is nearer.
        CliRun run = limber("plan", "strength-block", "--week", "3", "--session", "A");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(
                String.join(
                        "\n",
                        "Strength Block (strength-block), week 3 of 8: loads in kg, 20 kg bar",
                        "A",
                        "  main: front-squat: 5 reps × 5 sets at 110 kg — 25 + 20 kg per side",
                        "  main: bench-press: 12 reps × 3 sets at 60 kg — 20 kg per side",
                        "      135 lb is 61.235 kg",
                        "      61.235 kg cannot be loaded exactly; nearest 60 kg",
                        ""),
                run.out());
    }

    @Test
    void aWeeklyWaveAndAPercentageNeedTheMaxesAndAnswerInTheAskedUnit() {
        // Week 3 of the wave: 85 % of 140 kg = 119 kg = 262.35 lb; lb plates on a 45 lb bar make
        // 260 or 265: 260 is nearer. The finisher's bench: 50 % of 100 kg + 2 weeks × 5 lb
        // = 110.231 lb + 10 lb = 120.231 lb, nearest 120 lb.
        CliRun run = limber(
                "plan",
                "strength-block",
                "--week=3",
                "--session=B",
                "--max",
                "front-squat=140kg",
                "--max",
                "bench-press=100kg",
                "--unit",
                "lb",
                "--output",
                "json");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"unit\": \"lb\""), run.out());
        assertTrue(run.out().contains("\"load\": \"260lb\""), run.out());
        assertTrue(run.out().contains("\"load\": \"120lb\""), run.out());
        assertTrue(run.out().contains("\"circuit\": \"Finisher\""), run.out());
        assertTrue(run.out().contains("\"reps\": 1"), run.out());
    }

    @Test
    void aMissingMaxAWeekPastTheEndAndAnUnknownProgramAreNamed() {
        CliRun noMax = limber("plan", "strength-block", "--session", "B");
        assertEquals(ExitCodes.USAGE, noMax.exitCode());
        assertTrue(noMax.err().contains("--max: max is needed: session B loads front-squat at 65 %"), noMax.err());
        CliRun late = limber("plan", "strength-block", "--week", "9");
        assertEquals(ExitCodes.USAGE, late.exitCode());
        assertTrue(late.err().contains("--week: week is past the end of program strength-block"), late.err());
        CliRun badMax = limber("plan", "strength-block", "--max", "front-squat");
        assertEquals(ExitCodes.USAGE, badMax.exitCode());
        assertTrue(badMax.err().contains("must be EXERCISE=VALUE"), badMax.err());
        CliRun unknown = limber("plan", "strength-blok");
        assertEquals(ExitCodes.INVALID_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean strength-block"), unknown.err());
    }
}
