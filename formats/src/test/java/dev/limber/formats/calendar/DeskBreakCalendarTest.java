package dev.limber.formats.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.deskbreak.DeskBreakPlan;
import dev.limber.domain.usecase.PlanDeskBreaks;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The one desk-break calendar: what calendar apps import, checked by ical4j's own parser and validator. */
class DeskBreakCalendarTest {
    private static final Instant NOW = Instant.parse("2026-12-01T14:07:00Z");
    private static final DeskBreakPlan PLAN =
            new PlanDeskBreaks().plan(LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofHours(1));

    private static String write(LocalDate firstDay) {
        return DeskBreakCalendar.of(PLAN, firstDay, NOW, ExerciseLookup.builtIn());
    }

    private static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @Test
    void ical4jParsesAndValidatesItWithoutErrors() throws IOException, ParserException {
        String text = write(LocalDate.of(2026, 12, 1));
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
        text.lines().forEach(line -> assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line));
        Calendar calendar = parse(text);
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertEquals(
                DeskBreakCalendar.PRODUCT,
                calendar.getProperty(Property.PRODID).orElseThrow().getValue());
        assertTrue(calendar.getProperty(Property.METHOD).isEmpty(), "an import file, not an iTIP message");
    }

    @Test
    void eachBreakIsAWeekdaySeriesInFloatingLocalTime() throws IOException, ParserException {
        Calendar calendar = parse(write(LocalDate.of(2026, 12, 1)));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(PLAN.breaks().size(), events.size());
        VEvent first = events.get(0);
        assertEquals(
                LocalDateTime.of(2026, 12, 1, 10, 0),
                first.getDateTimeStart().orElseThrow().getDate());
        assertEquals(
                LocalDateTime.of(2026, 12, 1, 10, 1),
                first.getDateTimeEnd().orElseThrow().getDate());
        assertEquals("Desk break: stand up", first.getSummary().orElseThrow().getValue());
        assertEquals(
                "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                first.getProperty(Property.RRULE).orElseThrow().getValue());
        assertTrue(first.getDescription().orElseThrow().getValue().contains("- "), "names the routine's moves");
        assertEquals(
                "20261201T000000Z",
                first.getProperty(Property.DTSTAMP).orElseThrow().getValue());
    }

    @Test
    void uidsNameTheTimeOfDaySoReimportsUpdateTheSameSeries() throws IOException, ParserException {
        List<String> today = uids(write(LocalDate.of(2026, 12, 1)));
        List<String> nextWeek = uids(write(LocalDate.of(2026, 12, 8)));
        assertEquals(today, nextWeek);
        assertEquals("desk-break-1000@limber", today.get(0));
        assertEquals(today.size(), today.stream().distinct().count());
    }

    @Test
    void aFirstDayOnAWeekendStartsTheSeriesOnTheMondayAfter() throws IOException, ParserException {
        VEvent first = parse(write(LocalDate.of(2026, 12, 5)))
                .<VEvent>getComponents(Component.VEVENT)
                .get(0);
        assertEquals(
                LocalDateTime.of(2026, 12, 7, 10, 0),
                first.getDateTimeStart().orElseThrow().getDate());
    }

    @Test
    void theSamePlanWrittenTwiceInADayIsTheSameFile() {
        String morning = DeskBreakCalendar.of(
                PLAN, LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T08:00:00Z"), ExerciseLookup.builtIn());
        String evening = DeskBreakCalendar.of(
                PLAN, LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T20:00:00Z"), ExerciseLookup.builtIn());
        assertEquals(morning, evening);
    }

    @Test
    void everyEventRemindsAtItsStart() throws IOException, ParserException {
        Calendar calendar = parse(write(LocalDate.of(2026, 12, 1)));
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            List<VAlarm> alarms = event.getAlarms();
            assertEquals(1, alarms.size(), event.toString());
            VAlarm alarm = alarms.get(0);
            assertEquals("DISPLAY", alarm.getAction().orElseThrow().getValue());
            assertEquals(Duration.ZERO, alarm.getTrigger().orElseThrow().getDuration());
            assertEquals(
                    "Desk break: stand up", alarm.getDescription().orElseThrow().getValue());
        }
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
    }

    @Test
    void aNightShiftsBreaksAfterMidnightFallOnTheMorningsAfter() throws IOException, ParserException {
        DeskBreakPlan night = new PlanDeskBreaks().plan(LocalTime.of(22, 0), LocalTime.of(2, 0), Duration.ofHours(1));
        Calendar calendar =
                parse(DeskBreakCalendar.of(night, LocalDate.of(2026, 12, 4), NOW, ExerciseLookup.builtIn()));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(3, events.size());
        assertEquals(
                LocalDateTime.of(2026, 12, 4, 23, 0),
                events.get(0).getDateTimeStart().orElseThrow().getDate());
        assertEquals(
                "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                events.get(0).getProperty(Property.RRULE).orElseThrow().getValue());
        assertEquals(
                LocalDateTime.of(2026, 12, 5, 0, 0),
                events.get(1).getDateTimeStart().orElseThrow().getDate(),
                "Friday's shift has its midnight break on Saturday");
        assertEquals(
                "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA",
                events.get(1).getProperty(Property.RRULE).orElseThrow().getValue());
    }

    @Test
    void aBreakStraddlingMidnightEndsTheNextDay() throws IOException, ParserException {
        DeskBreakPlan late =
                new PlanDeskBreaks().plan(LocalTime.of(23, 29, 30), LocalTime.of(1, 0), Duration.ofMinutes(30));
        VEvent first = parse(DeskBreakCalendar.of(late, LocalDate.of(2026, 12, 1), NOW, ExerciseLookup.builtIn()))
                .<VEvent>getComponents(Component.VEVENT)
                .get(0);
        assertEquals(
                LocalDateTime.of(2026, 12, 2, 0, 0, 30),
                first.getDateTimeEnd().orElseThrow().getDate());
    }

    private static List<String> uids(String text) throws IOException, ParserException {
        return parse(text).<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> event.getProperty(Property.UID).orElseThrow().getValue())
                .toList();
    }
}
