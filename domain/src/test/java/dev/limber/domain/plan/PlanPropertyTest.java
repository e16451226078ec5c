package dev.limber.domain.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Progression;
import dev.limber.domain.program.Session;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * What holds for every program a plan works out: loads are never negative, never move from one
 * week to the next by more than the scheme allows (plus one rounding each side), and are never
 * rounded by more than half the plates' smallest step.
 */
class PlanPropertyTest {
    private static final ExerciseId LIFT = ExerciseId.of("back-squat");

    @Property(tries = 200)
    void linearLoadsRiseByTheSchemeAndRoundByAtMostHalfAStep(
            @ForAll @IntRange(min = 1, max = 400) int baseHalfKilos,
            @ForAll @IntRange(min = 1, max = 10) int incrementQuarterKilos,
            @ForAll @IntRange(min = 1, max = 3) int sessions,
            @ForAll boolean perSession,
            @ForAll boolean pounds) {
        Weight base = new Weight(BigDecimal.valueOf(baseHalfKilos, 0).divide(BigDecimal.valueOf(2)), WeightUnit.KG);
        Weight increment =
                new Weight(BigDecimal.valueOf(incrementQuarterKilos).divide(BigDecimal.valueOf(4)), WeightUnit.KG);
        Progression progression =
                Progression.Linear.of(increment, perSession ? Progression.Cadence.SESSION : Progression.Cadence.WEEK);
        Program program = program(
                Prescription.reps(5).load(new dev.limber.domain.load.Load.Absolute(base)), progression, sessions, 52);
        BigDecimal perWeek = increment.amount().multiply(BigDecimal.valueOf(perSession ? sessions : 1));
        checkWeeks(program, PlanRequest.week(1).unit(pounds ? WeightUnit.LB : WeightUnit.KG), perWeek, 52);
    }

    @Property(tries = 100)
    void weeklyWavesMoveByAtMostTheWavesWidestStep(
            @ForAll @IntRange(min = 1, max = 150) int first,
            @ForAll @IntRange(min = 1, max = 150) int second,
            @ForAll @IntRange(min = 1, max = 150) int third,
            @ForAll @IntRange(min = 20, max = 400) int max) {
        Progression wave = new Progression.Weekly(
                List.of(
                        Progression.WeekLoad.of(first, 5, 3),
                        Progression.WeekLoad.of(second, 3, 3),
                        Progression.WeekLoad.of(third, 1, 3)),
                null);
        Program program = program(Prescription.reps(5), wave, 1, 12);
        int widest = Math.max(Math.abs(first - second), Math.max(Math.abs(second - third), Math.abs(third - first)));
        BigDecimal perWeek = BigDecimal.valueOf((long) widest * max).divide(BigDecimal.valueOf(100));
        checkWeeks(program, PlanRequest.week(1).maxes(Map.of(LIFT, Weight.kg(max))), perWeek, 12);
    }

    @Property(tries = 100)
    void doubleProgressionsAddAtMostOneIncrementAWeek(
            @ForAll @IntRange(min = 1, max = 20) int low,
            @ForAll @IntRange(min = 1, max = 10) int width,
            @ForAll @IntRange(min = 40, max = 400) int base) {
        Progression range = new Progression.DoubleProgression(low, low + width, Weight.kg(2.5));
        Program program = program(Prescription.reps(low).load("" + base + "kg"), range, 1, 52);
        checkWeeks(program, PlanRequest.week(1), BigDecimal.valueOf(2.5), 52);
    }

    private static Program program(Prescription dose, Progression progression, int sessions, int weeks) {
        ExerciseStep step = new ExerciseStep(LIFT, dose, null, progression);
        Program.Builder builder = Program.builder("p", "P").weeks(weeks);
        for (int i = 0; i < sessions; i++) {
            builder.session(Session.of("S" + i, Phase.of(PhaseKind.MAIN, step)));
        }
        return builder.build();
    }

    /** Week by week: not negative, rounded by half a step at most, and no bigger jump than allowed. */
    private static void checkWeeks(Program program, PlanRequest first, BigDecimal perWeek, int weeks) {
        List<BigDecimal> loads = new ArrayList<>();
        BigDecimal step = BigDecimal.ZERO;
        BigDecimal allowed = perWeek;
        for (int week = 1; week <= weeks; week++) {
            PlanRequest request =
                    new PlanRequest(week, first.session(), first.maxes(), first.missed(), first.unit(), null);
            PlannedWeek planned = Plan.week(program, request);
            step = planned.plates().increment().amount();
            if (planned.unit() != WeightUnit.KG) {
                allowed = new Weight(perWeek, WeightUnit.KG).in(planned.unit()).amount();
            }
            PlannedStep lift = planned.sessions().get(0).steps().get(0);
            BigDecimal lifted = lift.load().map(Weight::amount).orElse(BigDecimal.ZERO);
            assertTrue(lifted.signum() >= 0, "negative load in week " + week);
            BigDecimal off = lifted.subtract(lift.target().amount()).abs();
            assertTrue(
                    off.compareTo(step.divide(BigDecimal.valueOf(2))) <= 0,
                    "week " + week + " rounded " + lift.target() + " to " + lifted);
            loads.add(lifted);
        }
        for (int i = 1; i < loads.size(); i++) {
            BigDecimal jump = loads.get(i).subtract(loads.get(i - 1)).abs();
            assertTrue(
                    jump.compareTo(allowed.add(step)) <= 0,
                    "week " + (i + 1) + " jumped " + jump + " where " + allowed + " (+ " + step
                            + " rounding) is allowed");
        }
    }
}
