package dev.limber.formats.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Pace;
import dev.limber.domain.timing.Timing;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text, Markdown and HTML renderings of routine cards that the service and the CLI serve. */
class CardFormatTest {
    private final RoutineCards cards = new RoutineCards(ExerciseLookup.builtIn(), Timing.standard());

    @Test
    void quickWarmUpCardShowsTheRealTotalEachDoseStartingPositionAndCues() {
        String text = CardFormat.TEXT.render(cards.of(BuiltInCatalog.QUICK_LEG_DAY_WARM_UP));
        assertTrue(text.startsWith("QUICK 5-MINUTE WARM-UP FOR LEG DAY\nTotal 5 min 30 s\n"), text);
        assertTrue(
                text.contains("1. Leg Swings: 30 s each side\n"
                        + "   Start: Stand tall beside a wall or rack, one\n"
                        + "     hand on it for balance\n"
                        + "   - Forward and backward, then side to side\n"
                        + "   - Loosens hamstrings, hip flexors and glutes\n"),
                text);
        assertTrue(
                text.contains("6. Bodyweight Squats: 1 min\n"
                        + "   Start: Stand with feet shoulder-width apart,\n"
                        + "     toes slightly out\n"
                        + "   - Controlled pace, focus on depth and form\n"),
                text);
        assertTrue(text.contains("calls it a 5-minute"), text);
        assertTrue(!text.contains("*"), "the article's own doses carry no catalog mark");
        assertFalse(text.contains(RoutineCard.ESTIMATE_MARK), "timed doses are not estimates: " + text);
    }

    @Test
    void everyCueAndStartingPositionIsOnTheCardInEveryFormat() {
        Session session = Session.of(
                "Twist and floss",
                Phase.of(
                        PhaseKind.WARM_UP,
                        ExerciseStep.of(BuiltInCatalog.WALKING_LUNGE_WITH_TWIST, Prescription.seconds(60))),
                nerveFlossCoolDown());
        RoutineCard card = cards.of(session);
        for (CardFormat format : CardFormat.values()) {
            String rendered = format.render(card).replaceAll("\\s+", " ");
            for (var exercise : List.of(BuiltInCatalog.WALKING_LUNGE_WITH_TWIST, BuiltInCatalog.SCIATIC_NERVE_FLOSS)) {
                assertTrue(
                        rendered.contains(exercise.startingPosition()),
                        format + " lacks where " + exercise.name() + " starts: " + rendered);
                for (String cue : exercise.cues()) {
                    assertTrue(
                            rendered.contains(cue.replace("'", format == CardFormat.HTML ? "&#39;" : "'")),
                            format + " lost the cue " + cue + ": " + rendered);
                }
            }
        }
    }

    private static Phase nerveFlossCoolDown() {
        return Phase.of(
                PhaseKind.COOL_DOWN,
                ExerciseStep.of(
                        BuiltInCatalog.SCIATIC_NERVE_FLOSS,
                        Prescription.reps(10).eachSide()));
    }

    @Test
    void timesEstimatedFromRepCountsAreMarkedAndTheLegendSaysHow() {
        RoutineCard card = cards.of(BuiltInCatalog.CORE_AND_GLUTE_STRENGTH);
        String text = CardFormat.TEXT.render(card);
        assertTrue(text.contains("Total ≈ 20 min 6 s\n"), text);
        assertTrue(text.contains("Core and glutes · ≈ 20 min 6 s\n"), text);
        assertTrue(text.contains("-- WARM-UP · 5 min 30 s --"), "timed work is exact: " + text);
        assertTrue(text.contains("-- MAIN · ≈ 10 min 6 s --"), text);
        assertTrue(text.contains("(≈ 10 min 6 s)"), "the circuit's time: " + text);
        assertTrue(text.endsWith("≈ time estimated from the rep counts, at 3 s a\nrep\n"), text);
        assertTrue(
                CardFormat.MARKDOWN.render(card).contains("_≈ time estimated from the rep counts, at 3 s a rep_"),
                CardFormat.MARKDOWN.render(card));
        String html = CardFormat.HTML.render(card);
        assertTrue(html.contains("Total: ≈ 20 min 6 s"), html);
        assertTrue(html.contains("<p class=\"note\">≈ time estimated from the rep counts, at 3 s a rep</p>"), html);
        RoutineCards slower = new RoutineCards(ExerciseLookup.builtIn(), new Timing(Pace.secondsPerRep(4)));
        String plank = CardFormat.TEXT.render(slower.of(Session.of(
                "Plank", Phase.of(PhaseKind.MAIN, ExerciseStep.of(BuiltInCatalog.PLANK, Prescription.seconds(30))))));
        assertFalse(plank.contains(RoutineCard.ESTIMATE_MARK), "a timed plank is no estimate: " + plank);
        String paced = CardFormat.MARKDOWN.render(slower.of(BuiltInCatalog.DESK_BREAK));
        assertTrue(paced.contains("at 4 s a rep"), "the legend names the pace used: " + paced);
    }

    @Test
    void everyBuiltInCardFitsAGymBagAtFortyEightCharacters() {
        for (Program program : BuiltInCatalog.catalog().programs()) {
            for (String line : CardFormat.TEXT.render(cards.of(program)).split("\n")) {
                assertTrue(line.length() <= CardFormat.TEXT_WIDTH, program.id() + ": " + line);
            }
        }
    }

    @Test
    void aDoseKeepsEachUnitOnItsNumbersLine() {
        for (Program program : BuiltInCatalog.catalog().programs()) {
            String text = CardFormat.TEXT.render(cards.of(program));
            for (String line : text.split("\n")) {
                assertTrue(!line.strip().matches("(s|min|h)\\b.*"), "orphaned unit: " + line);
            }
        }
        assertTrue(CardFormat.TEXT
                .render(cards.of(BuiltInCatalog.PAIN_FREE_LEG_DAY))
                .contains("30 s rest*"));
    }

    @Test
    void catalogChoicesAreMarkedAndExplained() {
        RoutineCard card = cards.of(BuiltInCatalog.LEG_DAY_COOL_DOWN);
        assertTrue(
                CardFormat.TEXT.render(card).contains("Legs-Up-the-Wall Pose: 2 min*"), CardFormat.TEXT.render(card));
        assertTrue(
                CardFormat.TEXT.render(card).endsWith("* dose chosen by the catalog, not the article\n"),
                CardFormat.TEXT.render(card));
        assertTrue(CardFormat.MARKDOWN.render(card).contains("2 min\\*"), CardFormat.MARKDOWN.render(card));
    }

    @Test
    void aCircuitIsOneNumberedLineWithItsRoundsAndRest() {
        String text = CardFormat.TEXT.render(cards.of(BuiltInCatalog.CORE_AND_GLUTE_STRENGTH));
        assertTrue(text.contains("7. Core and glutes: 3 rounds, 1 min rest"), text);
    }

    @Test
    void aProgramCardSaysHowManySessionsItsTotalSpans() {
        RoutineCard card = cards.of(BuiltInCatalog.PAIN_FREE_LEG_DAY);
        assertTrue(CardFormat.TEXT.render(card).contains("Total ≈ 50 min in 2 sessions"), CardFormat.TEXT.render(card));
        assertTrue(CardFormat.TEXT.render(card).contains("Leg day · Mon · "), CardFormat.TEXT.render(card));
        assertTrue(
                CardFormat.MARKDOWN.render(card).contains("## Core and glutes — Thu — "),
                CardFormat.MARKDOWN.render(card));
    }

    @Test
    void nerveFlossingCarriesItsCautionOnTheCard() {
        Session session = Session.of("Nerve care", nerveFlossCoolDown());
        RoutineCard card = cards.of(session);
        String text = CardFormat.TEXT.render(card);
        // The article's condition for flossing comes first, then the caution; the text card wraps.
        assertTrue(text.contains("! Sciatic Nerve Floss: A nerve glide, neither a"), text);
        String unwrapped = text.replaceAll("\\s+", " ");
        assertTrue(unwrapped.contains("when traditional stretching doesn't relieve the tightness."), text);
        assertTrue(unwrapped.contains("See a clinician"), text);
        String markdown = CardFormat.MARKDOWN.render(card);
        assertTrue(
                markdown.contains("> **Caution — Sciatic Nerve Floss:** A nerve glide, neither a stretch nor a"
                        + " warm-up: the article uses nerve flossing when traditional stretching doesn't relieve"
                        + " the tightness. See a clinician"),
                markdown);
    }

    @Test
    void markdownCardHasHeadingsAndOneBulletPerStep() {
        String markdown = CardFormat.MARKDOWN.render(cards.of(BuiltInCatalog.QUICK_LEG_DAY_WARM_UP));
        assertTrue(markdown.startsWith("# Quick 5-Minute Warm-Up for Leg Day\n\n**Total: 5 min 30 s**\n"), markdown);
        assertTrue(markdown.contains("### Warm-up — 5 min 30 s"), markdown);
        assertTrue(
                markdown.contains("- **1. Leg Swings** — 30 s each side\n"
                        + "  - _Start:_ Stand tall beside a wall or rack, one hand on it for balance\n"
                        + "  - Forward and backward, then side to side\n"
                        + "  - Loosens hamstrings, hip flexors and glutes\n"),
                markdown);
        assertEquals(6, markdown.lines().filter(l -> l.startsWith("- **")).count());
    }

    @Test
    void aCircuitWithoutRestSaysNothingAboutRest() {
        Session session = Session.of(
                "Core",
                Phase.of(
                        PhaseKind.MAIN,
                        Circuit.of(
                                "Abs",
                                2,
                                Duration.ZERO,
                                ExerciseStep.of(BuiltInCatalog.PLANK, Prescription.seconds(30)))));
        assertTrue(
                CardFormat.TEXT.render(cards.of(session)).contains("1. Abs: 2 rounds (1 min)"),
                CardFormat.TEXT.render(cards.of(session)));
    }

    @Test
    void aNarrowTextCardIsRefusedNamingTheWidth() {
        RoutineCard card = cards.of(BuiltInCatalog.QUICK_LEG_DAY_WARM_UP);
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> CardFormat.text(card, 19));
        assertEquals("width must be at least 20 (was 19)", refused.getMessage());
        for (String line : CardFormat.text(card, 30).split("\n")) {
            assertTrue(line.length() <= 30, line);
        }
    }

    @Test
    void theHtmlCardNeverClipsAndHeadsEachSessionWithTheProgram() {
        String html = CardFormat.HTML.render(cards.of(BuiltInCatalog.PAIN_FREE_LEG_DAY));
        assertFalse(html.contains("overflow"), "nothing is cut off: " + html);
        assertFalse(html.contains("max-height"), "a card grows with its program: " + html);
        assertTrue(
                html.contains("<thead><tr><th><span class=\"program\">Pain-Free Leg Day</span>\n"
                        + "<h2>Leg day · Mon · ≈ 29 min 54 s</h2></th></tr></thead>"),
                "each sheet of a session is headed with program and session: " + html);
        assertTrue(html.contains("<h2>Core and glutes · Thu · ≈ 20 min 6 s</h2>"), html);
        assertTrue(html.contains("table.session + table.session { break-before: page;"), "a sheet a session: " + html);
    }

    @Test
    void theHtmlCardIsAnEscapedPrintablePage() {
        Exercise tricky = Exercise.builder("tricky", "Hips <&> \"Knees\"")
                .kind(ExerciseKind.MOBILITY)
                .primary(Target.HIPS)
                .cues("Don't rush")
                .build();
        Program program = Program.builder("tricky-program", "Tom's <b>Card</b>")
                .session(Session.of(
                        "Mine", Phase.of(PhaseKind.WARM_UP, ExerciseStep.of(tricky, Prescription.seconds(30)))))
                .build();
        String html = CardFormat.HTML.render(
                new RoutineCards(ExerciseLookup.of(List.of(tricky)), Timing.standard()).of(program));
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("@page { size: 105mm 148mm;"), "print CSS sizes A6 sheets: " + html);
        assertTrue(html.contains("<h1>Tom&#39;s &lt;b&gt;Card&lt;/b&gt;</h1>"), html);
        assertTrue(html.contains("Hips &lt;&amp;&gt; &quot;Knees&quot;") && html.contains("Don&#39;t rush"), html);
        assertFalse(html.contains("<b>Card"), "no markup from the data survives: " + html);
    }

    @Test
    void rampUpSetsAreOnTheCardWithPlatesPerSideInEveryFormat() {
        // 100 kg: 40 % = 40 kg (10 kg a side on the 20 kg bar), 60 % = 60 kg (20 a side),
        // 80 % = 80 kg (30 a side: 25 + 5).
        Program program = Program.builder("squat-day", "Squat Day")
                .session(Session.of(
                        "Squats",
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of(
                                        BuiltInCatalog.BACK_SQUAT,
                                        Prescription.reps(5)
                                                .sets(3)
                                                .rest(Duration.ofMinutes(3))
                                                .load("100kg")
                                                .rampUp("standard")))))
                .build();
        RoutineCard card = cards.of(program);
        String sets = "10 reps, empty bar (20 kg); 5 reps at 40 kg, 10 kg per side; 3 reps at 60 kg, 20 kg per"
                + " side; 2 reps at 80 kg, 25 + 5 kg per side; rest 1 min after each";
        assertTrue(
                CardFormat.TEXT.render(card).replaceAll("\\s+", " ").contains("Ramp-up first: " + sets),
                CardFormat.TEXT.render(card));
        assertTrue(
                CardFormat.MARKDOWN.render(card).contains("  - _Ramp-up first:_ " + sets),
                CardFormat.MARKDOWN.render(card));
        assertTrue(
                CardFormat.HTML.render(card).contains("<p class=\"ramp-up\"><em>Ramp-up first:</em> " + sets + "</p>"),
                CardFormat.HTML.render(card));
    }

    @Test
    void aRelativeLoadsRampUpIsGivenAsSharesOfTheWorkingLoad() {
        Program program = Program.builder("squat-day", "Squat Day")
                .session(Session.of(
                        "Squats",
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of(
                                        BuiltInCatalog.BACK_SQUAT,
                                        Prescription.reps(5).load("75%").rampUp("bar x10, 50% x5")))))
                .build();
        String text = CardFormat.TEXT.render(cards.of(program)).replaceAll("\\s+", " ");
        assertTrue(
                text.contains(
                        "Ramp-up first: 10 reps, empty bar; 5 reps at 50 % of the working load; rest 1 min after each"),
                text);
    }
}
