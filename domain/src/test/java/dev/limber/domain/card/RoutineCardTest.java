package dev.limber.domain.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Timing;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a routine card says; how it looks in text, Markdown and HTML is tested in formats. */
class RoutineCardTest {
    private final RoutineCards cards = new RoutineCards(ExerciseLookup.builtIn(), Timing.standard());

    @Test
    void circuitStepsAreLetteredUnderTheCircuit() {
        RoutineCard card = cards.of(BuiltInCatalog.CORE_AND_GLUTE_STRENGTH);
        List<CardLine.StepLine> steps = card.lines().stream()
                .filter(CardLine.StepLine.class::isInstance)
                .map(CardLine.StepLine.class::cast)
                .filter(CardLine.StepLine::inCircuit)
                .toList();
        assertEquals(
                List.of("7a", "7b", "7c", "7d"),
                steps.stream().map(CardLine.StepLine::number).toList());
        assertEquals("8 reps each side", steps.get(1).dose());
    }

    @Test
    void aProgramCardTotalsAllItsSessions() {
        RoutineCard card = cards.of(BuiltInCatalog.PAIN_FREE_LEG_DAY);
        assertEquals(Timing.standard().of(BuiltInCatalog.PAIN_FREE_LEG_DAY), card.total());
        CardLine.Title title = (CardLine.Title) card.lines().get(0);
        assertEquals(2, title.sessions());
    }

    @Test
    void catalogChoicesAreMarkedAndExplainedInANote() {
        RoutineCard card = cards.of(BuiltInCatalog.LEG_DAY_COOL_DOWN);
        assertTrue(card.lines().stream()
                .filter(CardLine.StepLine.class::isInstance)
                .map(CardLine.StepLine.class::cast)
                .anyMatch(step -> step.source() == DoseSource.CATALOG));
        assertTrue(card.lines().stream()
                .filter(CardLine.Note.class::isInstance)
                .map(CardLine.Note.class::cast)
                .anyMatch(note ->
                        note.text().equals(RoutineCard.CATALOG_MARK + " dose chosen by the catalog, not the article")));
    }

    @Test
    void nerveFlossingCarriesItsCautionOnTheCard() {
        Session session = Session.of(
                "Nerve care",
                Phase.of(
                        PhaseKind.COOL_DOWN,
                        ExerciseStep.of(
                                BuiltInCatalog.SCIATIC_NERVE_FLOSS,
                                Prescription.reps(10).eachSide())));
        CardLine.Caution caution = (CardLine.Caution) cards.of(session).lines().stream()
                .filter(CardLine.Caution.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertTrue(caution.text().contains("clinician"));
        assertTrue(
                caution.text()
                        .startsWith("A nerve glide, neither a stretch nor a warm-up: the article uses nerve flossing"
                                + " when traditional stretching doesn't relieve the tightness."),
                caution.text());
    }

    @Test
    void anExerciseTheCatalogLacksIsShownByItsId() {
        Session session = Session.of(
                "Mystery",
                Phase.of(
                        PhaseKind.MAIN,
                        ExerciseStep.of("burpee", Prescription.reps(10).sets(3).rest(Duration.ofSeconds(30)))));
        CardLine.StepLine step = (CardLine.StepLine) cards.of(session).lines().get(3);
        assertEquals("burpee", step.name());
        assertEquals("10 reps × 3 sets, 30 s rest", step.dose());
        assertEquals(DoseSource.USER, step.source());
    }

    @Test
    void aSessionCardOfAProgramIsTitledWithTheProgram() {
        Session core = BuiltInCatalog.PAIN_FREE_LEG_DAY.sessions().get(1);
        RoutineCard card = cards.of(BuiltInCatalog.PAIN_FREE_LEG_DAY, core);
        assertEquals("Pain-Free Leg Day", card.title());
        assertEquals(Timing.standard().of(core), card.total());
        assertEquals("Core and glutes", ((CardLine.SessionHeading) card.lines().get(1)).name());
        assertEquals("Core and glutes", cards.of(core).title(), "a session alone is titled with its own name");
    }

    @Test
    void aStepCarriesItsStartingPositionAndEveryCue() {
        CardLine.StepLine twist = cards.of(BuiltInCatalog.QUICK_LEG_DAY_WARM_UP).lines().stream()
                .filter(CardLine.StepLine.class::isInstance)
                .map(CardLine.StepLine.class::cast)
                .filter(step -> step.exercise().equals(BuiltInCatalog.WALKING_LUNGE_WITH_TWIST.id()))
                .findFirst()
                .orElseThrow();
        assertEquals(BuiltInCatalog.WALKING_LUNGE_WITH_TWIST.startingPosition(), twist.startingPosition());
        assertEquals(
                List.of(
                        "Step forward into a lunge",
                        "Rotate your torso toward the front leg",
                        "Engages hamstrings, glutes, quads and core"),
                twist.cues());
    }

    @Test
    void timesFromRepCountsAreEstimatesAndTheCardSaysAtWhatPace() {
        RoutineCard warmUp = cards.of(BuiltInCatalog.QUICK_LEG_DAY_WARM_UP);
        assertEquals(false, ((CardLine.Title) warmUp.lines().get(0)).total().estimated());
        RoutineCard core = cards.of(BuiltInCatalog.CORE_AND_GLUTE_STRENGTH);
        assertEquals(true, ((CardLine.Title) core.lines().get(0)).total().estimated());
        assertEquals(
                "≈ 20 min 6 s", ((CardLine.Title) core.lines().get(0)).total().words());
        assertEquals(
                new CardLine.Note("≈ time estimated from the rep counts, at 3 s a rep"),
                core.lines().get(core.lines().size() - 1));
        List<Boolean> phases = core.lines().stream()
                .filter(CardLine.PhaseHeading.class::isInstance)
                .map(line -> ((CardLine.PhaseHeading) line).length().estimated())
                .toList();
        assertEquals(List.of(false, true, false), phases, "timed warm-up and cool-down are exact");
    }

    @Test
    void dosesReadTheWayATrainerSaysThem() {
        assertEquals("30 s each side", DoseText.of(Prescription.seconds(30).eachSide()));
        assertEquals("1 min", DoseText.of(Prescription.seconds(60)));
        assertEquals("10 reps × 3 sets", DoseText.of(Prescription.reps(10).sets(3)));
        assertEquals(
                "5 reps each side, 20 s hold",
                DoseText.of(Prescription.reps(5).eachSide().hold(Duration.ofSeconds(20))));
        assertEquals("1 rep", DoseText.of(Prescription.reps(1)));
    }
}
