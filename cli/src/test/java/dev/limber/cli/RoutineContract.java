package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.io.IOException;
import java.nio.file.Path;
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
    void aDocumentsCardAndTimelineReadAStoredExerciseThatIsNotBuiltInFromTheDatabase() throws IOException {
        Path move = file(
                "stored-glide.yaml",
                "limber: 1\nexercises:\n  - id: stored-side-glide\n    name: Stored Side Glide\n"
                        + "    kind: mobility\n    laterality: per-side\n    primary: [hips]\n");
        assertEquals(ExitCodes.OK, limber("import", move.toString()).exitCode());
        Path program = file(
                "glides.yaml",
                "limber: 1\nprograms:\n  - id: glides\n    name: Glides\n    sessions:\n"
                        + "      - name: Hips\n        phases:\n          - phase: warm-up\n            steps:\n"
                        + "              - exercise: stored-side-glide\n                duration: 30s\n"
                        + "                perSide: true\n");
        String opening = "limber: stored-side-glide is neither in the document nor built in; looking in the database\n";

        CliRun card = limber("card", program.toString());
        assertEquals(ExitCodes.OK, card.exitCode(), card.err());
        assertTrue(card.out().contains("1. Stored Side Glide: 30 s each side"), card.out());
        assertEquals(opening, card.err());

        CliRun timeline = limber("timeline", program.toString());
        assertEquals(ExitCodes.OK, timeline.exitCode(), timeline.err());
        assertTrue(timeline.out().contains("Stored Side Glide, left side: 30 s"), timeline.out());
        assertEquals(opening, timeline.err());
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

    @Test
    void aWarmUpForASessionThatLoadsNothingSaysSo() {
        CliRun run = limber("warm-up", "--for", "quick-leg-day-warm-up");
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(
                run.err()
                        .startsWith("limber: session 'Leg day warm-up' of quick-leg-day-warm-up loads nothing in a"
                                + " main phase"),
                run.err());
    }

    @Test
    void emptyOrUnknownAreasAreAClearBadCommandLine() {
        CliRun comma = limber("warm-up", "--targets", ",");
        assertEquals(ExitCodes.USAGE, comma.exitCode(), comma.err());
        assertEquals(
                "--targets: name at least one area, e.g. --targets hamstrings,glutes,hips\n"
                        + "Run 'limber warm-up --help' for its options.\n",
                comma.err());
        CliRun unknown = limber("warm-up", "--targets", "hamstrings,elbows");
        assertEquals(ExitCodes.USAGE, unknown.exitCode(), unknown.err());
        assertTrue(
                unknown.err().startsWith("Invalid value for option '--targets' (AREA): 'elbows' is not one of"),
                unknown.err());
        assertFalse(unknown.err().contains("Usage:"), unknown.err());
    }

    @Test
    void areasAreReadInAnyCase() {
        CliRun run = limber("warm-up", "--targets", "Hamstrings,GLUTES");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Warm-up for glutes, hamstrings — "), run.out());
    }

    @Test
    void aOneNumberBudgetIsSaidOnceAndTheArticlesDosesAreUsed() {
        CliRun run = limber("warm-up", "--targets", "hamstrings,spine", "--minutes", "5");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("(budget 5 min)\n"), run.out());
        assertTrue(run.out().contains("Standing Roll-Downs — 30 s\n"), run.out());
        assertFalse(run.out().contains("outside the article"), run.out());
    }

    @Test
    void aBudgetOutsideFiveToTenMinutesIsAllowedAndSaidSo() {
        CliRun run = limber("warm-up", "--targets", "hamstrings,glutes,hips", "--minutes", "15-20");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("(budget 15 min to 20 min)"), run.out());
        assertTrue(
                run.out().contains("The budget 15 min to 20 min is outside the article's 5 to 10 minutes"), run.out());
    }

    @Test
    void aSavedWarmUpIsAProgramThatPrintsAsACard() {
        CliRun run = limber("warm-up", "--for", "pain-free-leg-day", "--save", "my-leg-day-warm-up");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("Saved as program my-leg-day-warm-up"), run.err());
        CliRun card = limber("card", "my-leg-day-warm-up");
        assertEquals(ExitCodes.OK, card.exitCode(), card.err());
        assertTrue(card.out().startsWith("WARM-UP FOR PAIN-FREE LEG DAY › LEG DAY"), card.out());
        assertTrue(card.out().contains("-- WARM-UP"), card.out());
        CliRun again = limber("warm-up", "--for", "pain-free-leg-day", "--save", "my-leg-day-warm-up");
        assertEquals(ExitCodes.INVALID_INPUT, again.exitCode(), again.err());
        assertTrue(again.err().contains("my-leg-day-warm-up"), again.err());
    }

    @Test
    void aCardAndATimelineArePrintedFromADocumentWithoutImportingIt() {
        java.nio.file.Path document = fixture("good/leg-day.yaml");
        long before = programs();
        CliRun card = limber("card", document.toString());
        assertEquals(ExitCodes.OK, card.exitCode(), card.err());
        assertTrue(card.out().startsWith("AIRPLANE LEG DAY"), card.out());
        assertTrue(card.out().contains("Hip Airplane: 45 s each side"), "the document's own exercise: " + card.out());
        assertTrue(card.out().contains("Back Squat"), "a stored exercise: " + card.out());

        CliRun timeline = limber("timeline", document.toString());
        assertEquals(ExitCodes.OK, timeline.exitCode(), timeline.err());
        assertTrue(timeline.out().startsWith("Legs — "), timeline.out());
        assertTrue(
                timeline.out().contains("Hip Airplane, left side: 45 s"),
                "the document's own exercise: " + timeline.out());
        assertEquals(before, programs(), "nothing was imported");

        CliRun stored = limber("card", "airplane-leg-day");
        assertEquals(ExitCodes.INVALID_INPUT, stored.exitCode(), stored.err());
    }

    @Test
    void anInvalidDocumentIsNotPrinted() {
        CliRun run = limber("card", fixture("bad/unknown-fields.yaml").toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("unknown field 'difficulty'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aRampToAHundredKilogramsPrintsEachSetWithItsPlatesPerSide() {
        CliRun run = limber("ramp", "back-squat", "--work", "100kg");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(
                String.join(
                        "\n",
                        "Ramp-up for Back Squat to 100 kg (loads in kg, 20 kg bar)",
                        "  1. empty bar: 10 × 20 kg — empty bar",
                        "  2. 40 %: 5 × 40 kg — 10 kg per side",
                        "  3. 60 %: 3 × 60 kg — 20 kg per side",
                        "  4. 80 %: 2 × 80 kg — 25 + 5 kg per side",
                        "  Work: 100 kg: 25 + 15 kg per side",
                        ""),
                run.out());
    }

    @Test
    void aRampInPoundsSaysTheConversionAndTheNearestLoad() {
        CliRun run = limber("ramp", "deadlift", "--work", "100kg", "--unit", "lb", "--output", "json");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"unit\": \"lb\""), run.out());
        // 100 kg = 220.462 lb: 220 lb is loadable (45 + 2 × 87.5), said as not exact.
        assertTrue(run.out().contains("\"load\": \"220lb\""), run.out());
        assertTrue(
                run.out().contains("100 kg is 220.462 lb; 220.462 lb cannot be loaded exactly; nearest 220 lb"),
                run.out());
    }

    @Test
    void aBadRampOptionIsNamedAndAnUnknownLiftGetsANearId() {
        CliRun work = limber("ramp", "back-squat", "--work", "100");
        assertEquals(ExitCodes.USAGE, work.exitCode());
        assertTrue(work.err().contains("--work: weight must be a number and a unit, kg or lb"), work.err());
        CliRun plates = limber("ramp", "back-squat", "--work", "100kg", "--plates", "20,ten");
        assertEquals(ExitCodes.USAGE, plates.exitCode());
        assertTrue(plates.err().contains("--plates: plates[1] must be a plate size like 2.5 or 2.5kg"), plates.err());
        CliRun bar = limber("ramp", "back-squat", "--work", "100kg", "--bar", "45lb");
        assertEquals(ExitCodes.USAGE, bar.exitCode());
        assertTrue(bar.err().contains("is in lb but the ramp is in kg"), bar.err());
        CliRun unknown = limber("ramp", "back-squats", "--work", "100kg");
        assertEquals(ExitCodes.INVALID_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean back-squat"), unknown.err());
    }

    @Test
    void theLegDaysCardGivesTheLiftsTheirCatalogEffort() {
        CliRun run = limber("card", "pain-free-leg-day", "--session", "Leg day");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("7. Back Squat: 8 reps × 3 sets, RPE 7"), run.out());
    }
}
