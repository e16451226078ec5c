package dev.limber.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.card.CardLine;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.Weight;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Timing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's built-in programs over weeks, planned for every week for a lifter with a 140 kg back
 * squat and a 50 kg leg curl, each week printed as a card. Every figure below is worked out by hand
 * in the comments: loads on the standard 20 kg bar and kilogram plates (the smallest pair 2.5 kg),
 * rounded to the nearest loadable weight.
 */
class BuiltInProgramsOverWeeksTest {
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final ExerciseId LEG_CURL = ExerciseId.of("leg-curl");
    private static final PlanRequest LIFTER =
            PlanRequest.week(1).maxes(Map.of(SQUAT, Weight.kg(140), LEG_CURL, Weight.kg(50)));

    private static PlannedWeek week(Program program, int week) {
        PlanRequest request = PlanRequest.week(week).maxes(LIFTER.maxes());
        return Plan.week(program, request);
    }

    private static PlannedStep step(PlannedWeek week, String session, ExerciseId exercise) {
        return week.sessions().stream()
                .filter(s -> s.name().equals(session))
                .flatMap(s -> s.steps().stream())
                .filter(s -> s.exercise().equals(exercise))
                .findFirst()
                .orElseThrow();
    }

    private static int reps(PlannedStep step) {
        return ((Dose.Reps) step.prescription().dose()).count();
    }

    @Test
    void fourLinearWeeksAddTwoAndAHalfKilogramsEverySession() {
        Program program = BuiltInCatalog.SQUAT_LINEAR_4_WEEKS;
        assertEquals(4, program.weeks());
        // 75 % of 140 kg = 105 kg in the first session, then +2.5 kg per session, two a week:
        // week 1 A 105, B 107.5; week 2 110, 112.5; week 3 115, 117.5; week 4 120, 122.5.
        List<Weight> loads = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            PlannedWeek planned = week(program, w);
            loads.add(step(planned, "Squat A", SQUAT).load().orElseThrow());
            loads.add(step(planned, "Squat B", SQUAT).load().orElseThrow());
        }
        assertEquals(
                List.of(105, 107.5, 110, 112.5, 115, 117.5, 120, 122.5).stream()
                        .map(kg -> Weight.kg(kg.doubleValue()))
                        .toList(),
                loads);
        // 105 kg: (105 − 20) / 2 = 42.5 kg a side = 25 + 15 + 2.5.
        PlannedStep first = step(week(program, 1), "Squat A", SQUAT);
        assertEquals(
                List.of(Weight.kg(25), Weight.kg(15), Weight.kg(2.5)),
                first.loading().perSide());
        assertEquals(5, first.prescription().sets());
        assertEquals(5, reps(first));
        // Its ramp to 105 kg: the empty bar × 10; 40 % = 42 → 42.5 kg; 60 % = 63 → 62.5 kg;
        // 80 % = 84 → 85 kg.
        List<String> ramp = first.rampUpSets().stream().map(set -> set.human()).toList();
        assertEquals(4, ramp.size(), ramp.toString());
        assertEquals("10 reps, empty bar (20 kg)", ramp.get(0));
        assertTrue(ramp.get(1).startsWith("5 reps at 42.5 kg"), ramp.toString());
        assertTrue(ramp.get(2).startsWith("3 reps at 62.5 kg"), ramp.toString());
        assertTrue(ramp.get(3).startsWith("2 reps at 85 kg"), ramp.toString());
        assertCards(program);
    }

    @Test
    void doubleProgressionAddsARepAWeekFromEightAtSixtyPercent() {
        Program program = BuiltInCatalog.LEG_CURL_DOUBLE_PROGRESSION;
        // 60 % of 50 kg = 30 kg (the bar and 5 kg a side); one session a week, one rep more each:
        // 8, 9, 10, 11 reps, all at 30 kg (the load rises only after 12).
        List<Integer> reps = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            PlannedStep curl = step(week(program, w), "Hamstrings", LEG_CURL);
            assertEquals(Weight.kg(30), curl.load().orElseThrow(), "week " + w);
            assertEquals(3, curl.prescription().sets());
            reps.add(reps(curl));
        }
        assertEquals(List.of(8, 9, 10, 11), reps);
        assertCards(program);
    }

    @Test
    void theWaveGoesFiveThreeOneThenDeloads() {
        Program program = BuiltInCatalog.SQUAT_531_WAVE;
        // 65 % of 140 = 91 → 90 kg × 5; 75 % = 105 kg × 3; 85 % = 119 → 120 kg × 1; deload 40 % =
        // 56 → 55 kg × 5; three sets each week.
        List<String> weeks = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            PlannedStep squat = step(week(program, w), "Squat wave", SQUAT);
            weeks.add(squat.load().orElseThrow().text() + " x" + reps(squat) + " x"
                    + squat.prescription().sets());
        }
        assertEquals(List.of("90kg x5 x3", "105kg x3 x3", "120kg x1 x3", "55kg x5 x3"), weeks);
        assertCards(program);
    }

    /** Every week of the program as a card of each session: loads in kilograms, ramp-up sets where given. */
    private static void assertCards(Program program) {
        RoutineCards cards = new RoutineCards(ExerciseLookup.builtIn(), Timing.standard());
        for (int w = 1; w <= program.weeks(); w++) {
            for (PlannedSession planned : week(program, w).sessions()) {
                RoutineCard card = cards.of(program, session(planned));
                List<CardLine.StepLine> steps = card.lines().stream()
                        .filter(CardLine.StepLine.class::isInstance)
                        .map(CardLine.StepLine.class::cast)
                        .toList();
                CardLine.StepLine lift = steps.stream()
                        .filter(line ->
                                line.exercise().equals(SQUAT) || line.exercise().equals(LEG_CURL))
                        .findFirst()
                        .orElseThrow();
                assertTrue(lift.dose().contains(" kg"), "week " + w + ": " + lift.dose());
                if (lift.exercise().equals(SQUAT)) {
                    // Ramp-up sets with their plates from the week's load. The wave's deload week
                    // squats 55 kg: 40 % = 22 → 22.5 kg (1.25 a side), and the empty bar, within
                    // 10 % of 55 kg (5.5 kg) of it, is left out; every other week starts at the bar.
                    String first = program == BuiltInCatalog.SQUAT_531_WAVE && w == 4
                            ? "5 reps at 22.5 kg, 1.25 kg per side"
                            : "10 reps, empty bar (20 kg)";
                    assertEquals(first, lift.rampUp().get(0), "week " + w + ": " + lift.rampUp());
                }
                assertTrue(card.total().toMinutes() > 10, card.total().toString());
            }
        }
    }

    /** A planned session as a session a card prints: its steps, phase by phase, with the week's doses. */
    private static Session session(PlannedSession planned) {
        Map<PhaseKind, List<ExerciseStep>> phases = new LinkedHashMap<>();
        for (PlannedStep step : planned.steps()) {
            phases.computeIfAbsent(step.phase(), phase -> new ArrayList<>())
                    .add(new ExerciseStep(step.exercise(), step.prescription(), null));
        }
        List<Phase> list = phases.entrySet().stream()
                .map(entry -> Phase.of(entry.getKey(), entry.getValue().toArray(ExerciseStep[]::new)))
                .toList();
        return Session.of(planned.name(), list.toArray(Phase[]::new));
    }
}
