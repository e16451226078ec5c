package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import org.junit.jupiter.api.Test;

/** {@code limber card}, {@code timeline} and {@code warm-up} on the stored built-in catalog. */
abstract class RoutineContract extends StoreTest {

    @Test
    void aTextCardShowsStepsDosesAndCues() {
        CliRun run = limber("card", "quick-leg-day-warm-up");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("1. Leg Swings: 30 s each side"), run.out());
        assertTrue(run.out().contains("Total 5 min 30 s"), run.out());
    }

    @Test
    void aSessionCardHasOnlyThatSessionUnderItsProgramsName() {
        CliRun run = limber("card", "pain-free-leg-day", "--session", "Core and glutes", "--format=markdown");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# Pain-Free Leg Day\n\n**Total: ≈ 20 min 6 s**\n"), run.out());
        assertTrue(run.out().contains("## Core and glutes — Thu — ≈ 20 min 6 s"), run.out());
        assertFalse(run.out().contains("Back Squat"), run.out());
        assertFalse(run.out().contains("A leg day that spares"), "the program's description stays on its card");

        CliRun html = limber("card", "pain-free-leg-day", "--session", "Core and glutes", "--format=html");
        assertTrue(
                html.out()
                        .contains("<thead><tr><th><span class=\"program\">Pain-Free Leg Day</span>\n"
                                + "<h2>Core and glutes · Thu · ≈ 20 min 6 s</h2>"),
                "each printed sheet names program and session: " + html.out());
    }

    @Test
    void anHtmlCardIsAPrintablePageWithEscapedText() {
        CliRun run = limber("card", "pain-free-leg-day", "--format=html");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
        assertTrue(run.out().contains("@media print"), run.out());
        assertTrue(run.out().contains("<h1>Pain-Free Leg Day</h1>"), run.out());
        assertTrue(run.out().contains("child&#39;s pose"), "text is escaped: " + run.out());
    }

    @Test
    void anUnknownProgramOrSessionIsNamed() {
        CliRun program = limber("card", "no-such-program");
        assertEquals(ExitCodes.INVALID_INPUT, program.exitCode());
        assertTrue(program.err().contains("no program with id no-such-program"), program.err());

        CliRun near = limber("card", "quick-leg-day");
        assertEquals(ExitCodes.INVALID_INPUT, near.exitCode());
        assertTrue(
                near.err().contains("limber: no program with id quick-leg-day; did you mean quick-leg-day-warm-up?"),
                near.err());

        CliRun session = limber("timeline", "pain-free-leg-day", "--session", "Arms");
        assertEquals(ExitCodes.INVALID_INPUT, session.exitCode());
        assertTrue(
                session.err().contains("no session 'Arms'; its sessions: 'Leg day', 'Core and glutes'"), session.err());
    }

    @Test
    void aTimelineListsContiguousSegmentsWithSides() {
        CliRun run = limber("timeline", "quick-leg-day-warm-up", "--get-ready=10s", "--switch-sides=5s");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals("Leg day warm-up — 5 min 50 s", lines[0]);
        assertTrue(lines[1].matches("\\s+0:00\\s+0:10\\s+get-ready\\s+warm-up\\s+Get ready for Leg Swings"), lines[1]);
        assertTrue(
                lines[2].matches("\\s+0:10\\s+0:40\\s+exercise\\s+warm-up\\s+Leg Swings, left side: 30 s"), lines[2]);
        assertTrue(lines[3].matches(".*switch-sides\\s+warm-up\\s+Switch to the right side for Leg Swings"), lines[3]);
        assertTrue(
                run.out().contains("  Halfway: switch to the right side for Glute Kickbacks\n"),
                "a minute of kickbacks in all switches legs halfway: " + run.out());
    }

    @Test
    void aTimelineSaysWhatEachSegmentIsInASentenceAndAlternatesBirdDogs() {
        CliRun run = limber("timeline", "core-and-glute-strength", "--switch-sides=5s");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(
                run.out().matches("(?s).*rest\\s+main\\s+Rest 1 min before round 2 of Core and glutes\n.*"), run.out());
        assertFalse(run.out().contains(" , round"), "no label starts with a comma: " + run.out());
        assertTrue(run.out().contains("  Bird Dogs, alternating sides: 8 reps each side, round 1 of 3\n"), run.out());
        assertFalse(run.out().contains("right side for Bird Dogs"), "no left block, pause, right block: " + run.out());
    }

    @Test
    void aWarmUpForAreasStaysWithinItsBudget() {
        CliRun run = limber("warm-up", "--targets", "hamstrings,glutes,hips", "--minutes", "5-10");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Warm-up for glutes, hamstrings, hips — "), run.out());
        assertTrue(run.out().contains("Leg Swings — 30 s each side"), run.out());
        assertFalse(run.out().contains("Not covered"), run.out());
    }

    @Test
    void aWarmUpForAProgramCoversWhatItsMainPhaseLoads() {
        CliRun run = limber("warm-up", "--for", "pain-free-leg-day", "--minutes", "5");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Warm-up for Pain-Free Leg Day › Leg day ("), run.out());
        assertTrue(run.out().contains("quadriceps"), run.out());
    }

    @Test
    void warmUpOptionsAreCheckedOnTheCommandLine() {
        assertEquals(ExitCodes.USAGE, CliRun.of("warm-up", "--targets", "toes").exitCode());
        assertEquals(
                ExitCodes.USAGE,
                CliRun.of("warm-up", "--targets", "hips", "--minutes", "10-5").exitCode());
        assertEquals(
                ExitCodes.USAGE,
                CliRun.of("warm-up", "--targets", "hips", "--for", "x").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("warm-up").exitCode());
    }
}
