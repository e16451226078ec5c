package dev.limber.formats.deskbreak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.limber.domain.usecase.PlanDeskBreaks;
import dev.limber.formats.duration.NotADurationException;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DeskBreakInputTest {

    @Test
    void aTimeOfDayHasOneOrTwoDigitsOfHours() {
        assertEquals(LocalTime.of(9, 0), DeskBreakInput.timeOfDay("9:00"));
        assertEquals(LocalTime.of(9, 0), DeskBreakInput.timeOfDay("09:00"));
        assertEquals(LocalTime.of(22, 5, 30), DeskBreakInput.timeOfDay(" 22:05:30 "));
    }

    @Test
    void aBadTimeIsQuotedAsTyped() {
        for (String bad : new String[] {"9:0", "24:00", "9.00", "9", "", "12:60"}) {
            DeskBreakInput.RefusedException refused =
                    assertThrows(DeskBreakInput.RefusedException.class, () -> DeskBreakInput.timeOfDay(bad));
            assertEquals(
                    "'" + bad + "' is not a time of day; write it like 9:00, 09:00 or 17:30", refused.valueFirst());
            assertEquals(bad, refused.text());
        }
    }

    @Test
    void anIntervalOutsideHalfAnHourToAnHourIsQuotedAsTyped() {
        assertEquals(Duration.ofMinutes(45), DeskBreakInput.interval("45m"));
        assertEquals(Duration.ofHours(1), DeskBreakInput.interval("PT1H"));
        DeskBreakInput.RefusedException refused =
                assertThrows(DeskBreakInput.RefusedException.class, () -> DeskBreakInput.interval("61m"));
        assertEquals(
                "'61m' is not between 30m and 1h; the article says to stand up every 30 to 60 minutes",
                refused.valueFirst());
        assertEquals(
                "is not between 30m and 1h: '61m'; the article says to stand up every 30 to 60 minutes",
                refused.getMessage());
        assertThrows(NotADurationException.class, () -> DeskBreakInput.interval("45"));
    }

    @Test
    void aDayWithNoRoomForABreakSaysWhy() {
        assertEquals(
                "no break fits between 09:00 and 09:30: the first, 45m after the start, would run 09:45–09:46;"
                        + " start earlier, end later or break more often",
                DeskBreakInput.noBreakFits(
                        new PlanDeskBreaks().plan(LocalTime.of(9, 0), LocalTime.of(9, 30), Duration.ofMinutes(45))));
    }

    @Test
    void aDateIsIsoAndABadOneIsQuotedAsTyped() {
        assertEquals(java.time.LocalDate.of(2026, 12, 5), DeskBreakInput.date("2026-12-05"));
        DeskBreakInput.RefusedException refused =
                assertThrows(DeskBreakInput.RefusedException.class, () -> DeskBreakInput.date("2026-13-01"));
        assertEquals("'2026-13-01' is not a date; write it like 2026-12-01", refused.valueFirst());
    }
}
