package dev.limber.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Progression;
import dev.limber.domain.program.Session;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weeks of programs worked out by hand, and what a plan refuses. */
class PlanTest {
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");

    /** Two squat days a week, 5 × 5 from 100 kg, +2.5 kg each session. */
    static Program linearSquat() {
        ExerciseStep squat = ExerciseStep.of(
                        "back-squat", Prescription.reps(5).sets(5).load("100kg"))
                .withProgression(Progression.parse("linear +2.5kg per session, deload 10% after 3 misses"));
        ExerciseStep swings = ExerciseStep.of("leg-swings", Prescription.reps(10));
        return Program.builder("squat-twice-a-week", "Squat twice a week")
                .weeks(4)
                .session(Session.of("A", Phase.of(PhaseKind.WARM_UP, swings), Phase.of(PhaseKind.MAIN, squat)))
                .session(Session.of("B", Phase.of(PhaseKind.MAIN, squat)))
                .build();
    }

    @Test
    void aLinearProgressionAddsItsIncrementEverySessionThatTrainsTheLift() {
        // Week 3, session B: two sessions of week 1, two of week 2 and A of week 3 came before, so
        // 100 + 5 × 2.5 = 112.5 kg; (112.5 − 20) / 2 = 46.25 a side = 25 + 20 + 1.25.
        PlannedWeek week = Plan.week(linearSquat(), PlanRequest.week(3).session("B"));
        assertEquals(WeightUnit.KG, week.unit());
        PlannedStep squat = week.sessions().get(0).steps().get(0);
        assertEquals(Weight.kg(112.5), squat.load().orElseThrow());
        assertEquals(
                List.of(Weight.kg(25), Weight.kg(20), Weight.kg(1.25)),
                squat.loading().perSide());
        assertEquals(List.of(), squat.notes());
        assertEquals(5, squat.prescription().sets());
    }

    @Test
    void aWeekWhoseLoadIsNoHeavierThanTheBarHasNoRampUpSetsAndSaysWhy() {
        // 25 % of a 70 kg max = 17.5 kg: lighter than the 20 kg bar (a light technique week), so
        // there is nothing to ramp to; the plan says so instead of failing.
        ExerciseStep squat = ExerciseStep.of(
                "back-squat", Prescription.reps(5).sets(3).load("25%").rampUp("standard"));
        Program program = Program.builder("light-squat", "Light squat")
                .session(Session.of("A", Phase.of(PhaseKind.MAIN, squat)))
                .build();
        PlannedStep planned = Plan.week(program, PlanRequest.week(1).maxes(Map.of(SQUAT, Weight.kg(70))))
                .sessions()
                .get(0)
                .steps()
                .get(0);
        assertEquals(Weight.kg(17.5), planned.load().orElseThrow());
        assertEquals(List.of(), planned.rampUpSets());
        assertTrue(
                planned.notes().contains("no ramp-up sets: 17.5 kg is not heavier than the 20 kg bar"),
                planned.notes().toString());
    }

    @Test
    void rampUpSetsAreWorkedOutFromTheWeeksLoadWithTheirPlates() {
        ExerciseStep squat = ExerciseStep.of(
                        "back-squat", Prescription.reps(5).sets(5).load("100kg").rampUp("standard"))
                .withProgression(Progression.parse("linear +2.5kg per session"));
        Program program = Program.builder("ramped-squat", "Ramped squat")
                .weeks(2)
                .session(Session.of("A", Phase.of(PhaseKind.MAIN, squat)))
                .build();
        // Week 2: one session before, so 102.5 kg. The standard ramp to it on the 20 kg bar:
        // the empty bar × 10; 40 % = 41 kg → 40 kg (10 a side); 60 % = 61.5 kg → 62.5 kg
        // (20 + 1.25 a side); 80 % = 82 kg → 82.5 kg (25 + 5 + 1.25 a side).
        PlannedStep planned = Plan.week(program, PlanRequest.week(2))
                .sessions()
                .get(0)
                .steps()
                .get(0);
        assertEquals(Weight.kg(102.5), planned.load().orElseThrow());
        List<String> ramp = planned.rampUpSets().stream()
                .map(dev.limber.domain.program.RampUpSets.RampSet::human)
                .toList();
        assertEquals(4, ramp.size(), ramp.toString());
        assertEquals("10 reps, empty bar (20 kg)", ramp.get(0));
        assertTrue(ramp.get(1).startsWith("5 reps at 40 kg"), ramp.toString());
        assertTrue(ramp.get(2).startsWith("3 reps at 62.5 kg"), ramp.toString());
        assertTrue(ramp.get(3).startsWith("2 reps at 82.5 kg"), ramp.toString());
        assertEquals(
                List.of(),
                Plan.week(linearSquat(), PlanRequest.week(1))
                        .sessions()
                        .get(0)
                        .steps()
                        .get(1)
                        .rampUpSets());
    }

    @Test
    void stepsWithoutALoadAreKeptAsTheyAre() {
        PlannedWeek week = Plan.week(linearSquat(), PlanRequest.week(1));
        PlannedStep swings = week.sessions().get(0).steps().get(0);
        assertEquals(PhaseKind.WARM_UP, swings.phase());
        assertTrue(swings.load().isEmpty());
        assertNull(swings.target());
        assertEquals(2, week.sessions().size());
    }

    @Test
    void threeMissedTargetsDeloadTenPercentRoundedToThePlatesAndSaidSo() {
        // 112.5 × 0.9 = 101.25 kg; 1.25 kg plates step the bar by 2.5 kg: 100 and 102.5 are both
        // 1.25 away, and the lighter one is taken.
        PlannedWeek week =
                Plan.week(linearSquat(), PlanRequest.week(3).session("B").missed(Map.of(SQUAT, 3)));
        PlannedStep squat = week.sessions().get(0).steps().get(0);
        assertEquals(Weight.kg(101.25), squat.target());
        assertEquals(Weight.kg(100), squat.load().orElseThrow());
        assertEquals(
                List.of("deloaded 10 % after 3 missed targets", "101.25 kg cannot be loaded exactly; nearest 100 kg"),
                squat.notes());
    }

    @Test
    void aKilogramProgramAskedForInPoundsIsConvertedAndRoundedToPoundPlates() {
        // 100 kg = 220.462 lb; pound plates step a 45 lb bar by 5 lb: 220 lb is the nearest. The
        // weight is worked out in kg and converted once, so increments add no rounding of their own.
        PlannedWeek week =
                Plan.week(linearSquat(), PlanRequest.week(1).session("A").unit(WeightUnit.LB));
        assertEquals(WeightUnit.LB, week.unit());
        PlannedStep squat = week.sessions().get(0).steps().get(1);
        assertEquals(Weight.lb(220), squat.load().orElseThrow());
        assertEquals(
                List.of("100 kg is 220.462 lb", "220.462 lb cannot be loaded exactly; nearest 220 lb"), squat.notes());
    }

    @Test
    void aDoubleProgressionAddsRepsToTheTopThenLoad() {
        // 8-12 from 8 reps at 60 kg, one session a week: weeks 1–5 are 8, 9, 10, 11, 12 reps at
        // 60 kg; week 6 is 62.5 kg × 8 again.
        ExerciseStep press = ExerciseStep.of(
                        "bench-press", Prescription.reps(8).sets(3).load("60kg"))
                .withProgression(Progression.parse("double 8-12 +2.5kg"));
        Program program = Program.builder("press", "Press")
                .weeks(12)
                .session(Session.of("Press", Phase.of(PhaseKind.MAIN, press)))
                .build();
        int[] reps = new int[7];
        Weight[] loads = new Weight[7];
        for (int week = 1; week <= 6; week++) {
            PlannedStep step = Plan.week(program, PlanRequest.week(week))
                    .sessions()
                    .get(0)
                    .steps()
                    .get(0);
            reps[week] = ((Dose.Reps) step.prescription().dose()).count();
            loads[week] = step.load().orElseThrow();
        }
        assertEquals(8, reps[1]);
        assertEquals(12, reps[5]);
        assertEquals(Weight.kg(60), loads[5]);
        assertEquals(8, reps[6]);
        assertEquals(Weight.kg(62.5), loads[6]);
    }

    @Test
    void aWeeklyWaveTakesItsShareOfTheMaxWithADeloadWeek() {
        // Max 140 kg. Week 2: 75 % = 105 kg × 3 × 3. Week 3: 85 % = 119 kg, nearest 120 kg.
        // Week 4 (deload): 40 % = 56 kg, nearest 55 kg. Week 5 starts again: 65 % = 91, nearest 90.
        ExerciseStep squat = ExerciseStep.of("back-squat", Prescription.reps(5))
                .withProgression(Progression.parse("weekly 65%x5x3, 75%x3x3, 85%x1x3, deload 40%x5x3"));
        Program program = Program.builder("wave", "Wave")
                .weeks(8)
                .session(Session.of("Squat", Phase.of(PhaseKind.MAIN, squat)))
                .build();
        PlanRequest request = PlanRequest.week(1).maxes(Map.of(SQUAT, Weight.kg(140)));
        PlannedStep week2 = only(Plan.week(program, week(request, 2)));
        assertEquals(Weight.kg(105), week2.load().orElseThrow());
        assertEquals(new Dose.Reps(3), week2.prescription().dose());
        assertEquals(3, week2.prescription().sets());
        assertEquals(
                Weight.kg(120),
                only(Plan.week(program, week(request, 3))).load().orElseThrow());
        PlannedStep deload = only(Plan.week(program, week(request, 4)));
        assertEquals(Weight.kg(55), deload.load().orElseThrow());
        assertEquals("deload week: 40 % × 5 × 3 of max", deload.notes().get(0));
        assertEquals(
                Weight.kg(90), only(Plan.week(program, week(request, 5))).load().orElseThrow());
    }

    @Test
    void aPercentageWithoutAMaxIsRefusedNamingTheExercise() {
        ExerciseStep squat = ExerciseStep.of("back-squat", Prescription.reps(5).load("75%"));
        Program program = Program.builder("p", "P")
                .session(Session.of("Legs", Phase.of(PhaseKind.MAIN, squat)))
                .build();
        InvalidValueException refused =
                assertThrows(InvalidValueException.class, () -> Plan.week(program, PlanRequest.week(1)));
        assertEquals("max", refused.field());
        assertTrue(refused.getMessage().contains("loads back-squat at 75 % of the athlete's reference max"));
    }

    @Test
    void aWeekPastTheProgramOrAnUnknownSessionIsRefused() {
        InvalidValueException refused =
                assertThrows(InvalidValueException.class, () -> Plan.week(linearSquat(), PlanRequest.week(5)));
        assertEquals("week", refused.field());
        assertTrue(refused.getMessage().contains("which runs 4 weeks"));
        refused = assertThrows(
                InvalidValueException.class,
                () -> Plan.week(linearSquat(), PlanRequest.week(1).session("C")));
        assertEquals("session", refused.field());
        assertThrows(InvalidValueException.class, () -> PlanRequest.week(0));
        assertThrows(InvalidValueException.class, () -> PlanRequest.week(53));
        assertThrows(InvalidValueException.class, () -> PlanRequest.week(1).missed(Map.of(SQUAT, -1)));
        assertThrows(
                InvalidValueException.class,
                () -> PlanRequest.week(1)
                        .unit(WeightUnit.KG)
                        .plates(dev.limber.domain.load.Plates.standard(WeightUnit.LB)));
    }

    @Test
    void aLightLoadBelowTheBarIsRoundedToThePlatesStep() {
        // 30 % of 40 kg = 12 kg: lighter than the bar, rounded to 2.5 kg steps: 12.5 kg.
        ExerciseStep curl = ExerciseStep.of("biceps-curl", Prescription.reps(10).load("30%"));
        Program program = Program.builder("p", "P")
                .session(Session.of("Arms", Phase.of(PhaseKind.MAIN, curl)))
                .build();
        PlannedStep step = only(
                Plan.week(program, PlanRequest.week(1).maxes(Map.of(ExerciseId.of("biceps-curl"), Weight.kg(40)))));
        assertEquals(Weight.kg(12.5), step.load().orElseThrow());
        assertNull(step.loading());
        assertEquals(List.of("12 kg cannot be made exactly; nearest 12.5 kg (in 2.5 kg steps)"), step.notes());
    }

    private static PlanRequest week(PlanRequest request, int week) {
        return new PlanRequest(week, request.session(), request.maxes(), request.missed(), request.unit(), null);
    }

    private static PlannedStep only(PlannedWeek week) {
        return week.sessions().get(0).steps().get(0);
    }
}
