package dev.limber.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import dev.limber.domain.card.CardLine;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.timeline.Segment;
import dev.limber.domain.timeline.SegmentKind;
import dev.limber.domain.timeline.Timeline;
import dev.limber.domain.timeline.TimelineOptions;
import dev.limber.domain.timing.Durations;
import dev.limber.domain.timing.Timing;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ramp-up sets on a step: what they accept and refuse, and how the card and the timeline show them. */
class RampUpSetsTest {

    private static final Prescription SQUAT_100KG = Prescription.reps(5)
            .sets(3)
            .rest(Duration.ofMinutes(3))
            .load("100kg")
            .rampUp(RampUpSets.standard());

    private static Session squatDay(Prescription dose) {
        return Session.of("Squat day", Phase.of(PhaseKind.MAIN, ExerciseStep.of(BuiltInCatalog.BACK_SQUAT, dose)));
    }

    private static InvalidValueException refused(org.junit.jupiter.api.function.Executable build) {
        return assertThrows(InvalidValueException.class, build);
    }

    @Test
    void everyWrittenFormReadsBackAsWritten() {
        for (String text : new String[] {
            "standard", "standard on 15kg bar", "bar x10, 50% x5, 75% x3", "60% x3", "bar x8, 50% x4 on 35lb bar"
        }) {
            assertEquals(text, RampUpSets.parse(text).text());
        }
        assertEquals(
                "standard",
                RampUpSets.parse("bar × 10, 40 % x 5, 60% x3, 80%x2").text());
        assertEquals(
                "standard on 15kg bar", RampUpSets.parse("Standard ON 15kg BAR").text());
    }

    @Test
    void badRampUpsAreRefusedAtTheRampUpField() {
        for (String text : new String[] {
            "",
            "lots",
            "50% x5, bar x10",
            "60% x3, 40% x5",
            "40% x5, 40% x3",
            "100% x1",
            "0% x5",
            "40% x0",
            "40% x21",
            "bar x1, 10% x1, 20% x1, 30% x1, 40% x1, 50% x1, 60% x1, 70% x1, 80% x1",
            "standard on heavy bar",
            "standard on 500kg bar",
            "x".repeat(101)
        }) {
            InvalidValueException refusal = refused(() -> RampUpSets.parse(text));
            assertEquals(ModelField.PRESCRIPTION_RAMP_UP, refusal.modelField().orElseThrow(), text);
        }
    }

    @Test
    void rampUpSetsBelongToALiftOfCountedReps() {
        assertEquals(
                "rampUp applies to counted reps of a lift only (was \"standard\")",
                refused(() -> Prescription.seconds(30).rampUp("standard")).getMessage());
        assertEquals(
                "rampUp applies to a lift with a fixed or relative load, not bodyweight (was \"standard\")",
                refused(() -> Prescription.reps(5).load("bodyweight").rampUp("standard"))
                        .getMessage());
        assertEquals(
                "rampUp needs a working load heavier than the 20 kg bar; the load is 15 kg (was \"standard\")",
                refused(() -> Prescription.reps(5).load("15kg").rampUp("standard"))
                        .getMessage());
        // The same 15 kg on a 10 kg bar can be ramped.
        assertEquals(
                "standard on 10kg bar",
                Prescription.reps(5)
                        .load("15kg")
                        .rampUp("standard on 10kg bar")
                        .rampUp()
                        .text());
        // The order of the builder's calls does not matter: a later load is checked against the ramp too.
        refused(() -> Prescription.reps(5).rampUp("standard").load("bodyweight"));
    }

    @Test
    void aFixedLoadGivesEachSetItsWeightAndPlates() {
        // 100 kg on a 20 kg bar with the standard plates: 40 % = 40 kg (10 a side), 60 % = 60 kg
        // (20 a side), 80 % = 80 kg (30 a side: 25 + 5); every set at least 10 kg from the next.
        assertEquals(
                List.of(
                        "10 reps, empty bar (20 kg)",
                        "5 reps at 40 kg, 10 kg per side",
                        "3 reps at 60 kg, 20 kg per side",
                        "2 reps at 80 kg, 25 + 5 kg per side"),
                Timing.rampUpSets(SQUAT_100KG).stream()
                        .map(RampUpSets.RampSet::human)
                        .toList());
    }

    @Test
    void aRelativeOrUnsaidLoadGivesEachSetAsAShareOfTheWorkingLoad() {
        List<String> expected = List.of(
                "10 reps, empty bar",
                "5 reps at 40 % of the working load",
                "3 reps at 60 % of the working load",
                "2 reps at 80 % of the working load");
        Prescription relative = Prescription.reps(5).load("75%").rampUp("standard");
        Prescription effortOnly = Prescription.reps(5).effort(Effort.rpe(8)).rampUp("standard");
        assertEquals(
                expected,
                Timing.rampUpSets(relative).stream()
                        .map(RampUpSets.RampSet::human)
                        .toList());
        assertEquals(
                expected,
                Timing.rampUpSets(effortOnly).stream()
                        .map(RampUpSets.RampSet::human)
                        .toList());
    }

    @Test
    void theRampUpAddsItsSetsAndRestsToTheStepsTime() {
        // Working sets: 3 × 5 reps × 3 s = 45 s, + 2 × 3 min rest = 6 min 45 s.
        // Ramp-up: 10 + 5 + 3 + 2 = 20 reps × 3 s = 1 min, + 4 × 1 min rest = 5 min. Together 11 min 45 s.
        assertEquals(
                Duration.parse("PT11M45S"),
                Timing.standard().explain(SQUAT_100KG).total());
        assertTrue(Timing.standard()
                .explain(SQUAT_100KG)
                .explanation()
                .contains("4 ramp-up sets with 1 min rest after each (5 min)"));
    }

    @Test
    void theTimelineRunsEachRampUpSetWithItsRestBeforeTheWorkingSets() {
        Timeline timeline =
                Timeline.of(squatDay(SQUAT_100KG), Timing.standard(), TimelineOptions.none(), ExerciseLookup.builtIn());
        List<Segment> ramp =
                timeline.segments().stream().filter(Segment::rampUp).toList();
        assertEquals(
                List.of(
                        "Back Squat, ramp-up set 1 of 4: 10 reps, empty bar (20 kg)",
                        "Rest 1 min before ramp-up set 2 of Back Squat",
                        "Back Squat, ramp-up set 2 of 4: 5 reps at 40 kg, 10 kg per side",
                        "Rest 1 min before ramp-up set 3 of Back Squat",
                        "Back Squat, ramp-up set 3 of 4: 3 reps at 60 kg, 20 kg per side",
                        "Rest 1 min before ramp-up set 4 of Back Squat",
                        "Back Squat, ramp-up set 4 of 4: 2 reps at 80 kg, 25 + 5 kg per side",
                        "Rest 1 min before the first working set of Back Squat"),
                ramp.stream().map(Segment::label).toList());
        assertEquals(
                List.of(SegmentKind.EXERCISE, SegmentKind.REST),
                ramp.subList(0, 2).stream().map(Segment::kind).toList());
        assertEquals(
                List.of(10, 5, 3, 2),
                ramp.stream().filter(Segment::isWork).map(Segment::reps).toList());
        assertEquals(
                List.of(1, 1, 2, 2, 3, 3, 4, 4), ramp.stream().map(Segment::set).toList());
        // The first working set follows the ramp's last rest, and is no ramp-up set.
        Segment first = timeline.segments().get(timeline.segments().indexOf(ramp.get(7)) + 1);
        assertEquals("Back Squat: 5 reps at 100 kg, set 1 of 3", first.label());
        assertEquals(false, first.rampUp());
        // The timeline (no countdown, no switch pauses) lasts the step's time.
        assertEquals(Timing.standard().of(squatDay(SQUAT_100KG)), timeline.total());
    }

    @Test
    void theCardListsTheRampUpSetsUnderTheStep() {
        Program program = Program.builder("squat-day", "Squat Day")
                .session(squatDay(SQUAT_100KG))
                .build();
        RoutineCard card = new RoutineCards(ExerciseLookup.builtIn(), Timing.standard()).of(program);
        CardLine.StepLine step = card.lines().stream()
                .filter(CardLine.StepLine.class::isInstance)
                .map(CardLine.StepLine.class::cast)
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        "10 reps, empty bar (20 kg)",
                        "5 reps at 40 kg, 10 kg per side",
                        "3 reps at 60 kg, 20 kg per side",
                        "2 reps at 80 kg, 25 + 5 kg per side"),
                step.rampUp());
        assertEquals("11 min 45 s", Durations.human(card.total()));
    }
}
