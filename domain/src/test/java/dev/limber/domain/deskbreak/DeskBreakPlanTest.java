package dev.limber.domain.deskbreak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.usecase.PlanDeskBreaks;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeskBreakPlanTest {
    private final PlanDeskBreaks planner = new PlanDeskBreaks();

    @Test
    void anHourlyBreakThroughANineToFiveDay() {
        DeskBreakPlan plan = planner.plan(LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofMinutes(60));
        assertEquals(
                List.of(
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 0),
                        LocalTime.of(12, 0),
                        LocalTime.of(13, 0),
                        LocalTime.of(14, 0),
                        LocalTime.of(15, 0),
                        LocalTime.of(16, 0)),
                plan.breaks().stream().map(DeskBreak::at).toList());
        assertEquals(LocalTime.of(10, 1), plan.breaks().get(0).until(), "a one-minute routine");
    }

    @Test
    void eachBreakIsAForwardFoldAndAHipHinge() {
        DeskBreakPlan plan = planner.plan(LocalTime.of(9, 0), LocalTime.of(12, 0), Duration.ofMinutes(30));
        assertEquals(
                List.of("standing-forward-fold", "hip-hinge"),
                plan.routine().exerciseSteps().stream()
                        .map(s -> s.exercise().value())
                        .toList());
        assertEquals(Duration.ofMinutes(1), plan.routineLength());
    }

    @Test
    void aBreakThatWouldRunPastTheEndOfTheDayIsLeftOut() {
        DeskBreakPlan plan = planner.plan(LocalTime.of(9, 0), LocalTime.of(10, 30), Duration.ofMinutes(45));
        assertEquals(
                List.of(LocalTime.of(9, 45)),
                plan.breaks().stream().map(DeskBreak::at).toList());
    }

    @Test
    void aDayShorterThanTheIntervalHasNoBreak() {
        assertTrue(planner.plan(LocalTime.of(9, 0), LocalTime.of(9, 20), Duration.ofMinutes(30))
                .breaks()
                .isEmpty());
    }

    @Test
    void anIntervalUnderHalfAnHourIsRefusedNamingFieldAndValue() {
        InvalidValueException refused = assertThrows(
                InvalidValueException.class,
                () -> planner.plan(LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofMinutes(20)));
        assertEquals("interval", refused.field());
        assertEquals("interval must be between 30 and 60 minutes (was PT20M)", refused.getMessage());
    }

    @Test
    void anIntervalOverAnHourIsRefused() {
        InvalidValueException refused = assertThrows(
                InvalidValueException.class,
                () -> planner.plan(LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofMinutes(61)));
        assertEquals("interval", refused.field());
    }

    @Test
    void aNightShiftRunsPastMidnight() {
        DeskBreakPlan plan = planner.plan(LocalTime.of(22, 0), LocalTime.of(2, 0), Duration.ofMinutes(60));
        assertEquals(
                List.of(LocalTime.of(23, 0), LocalTime.of(0, 0), LocalTime.of(1, 0)),
                plan.breaks().stream().map(DeskBreak::at).toList());
        assertEquals(Duration.ofHours(4), plan.dayLength());
        assertEquals(
                List.of(false, true, true),
                plan.breaks().stream().map(plan::nextDay).toList());
    }

    @Test
    void aBreakMayStraddleMidnight() {
        DeskBreakPlan plan = planner.plan(LocalTime.of(23, 29, 30), LocalTime.of(1, 0), Duration.ofMinutes(30));
        assertEquals(
                new DeskBreak(LocalTime.of(23, 59, 30), LocalTime.of(0, 0, 30)),
                plan.breaks().get(0));
    }

    @Test
    void aDayThatEndsWhenItStartsIsRefused() {
        InvalidValueException refused = assertThrows(
                InvalidValueException.class,
                () -> planner.plan(LocalTime.of(9, 0), LocalTime.of(9, 0), Duration.ofMinutes(30)));
        assertEquals("end", refused.field());
        assertTrue(refused.getMessage().contains("09:00"), refused.getMessage());
    }
}
