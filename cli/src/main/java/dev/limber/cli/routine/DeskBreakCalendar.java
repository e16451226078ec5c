package dev.limber.cli.routine;

import dev.limber.domain.deskbreak.DeskBreak;
import dev.limber.domain.deskbreak.DeskBreakPlan;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A desk-break plan as an iCalendar file (RFC 5545, written by ical4j): one event per break,
 * from {@code date} on, repeating on weekdays, in floating local time so it follows the
 * calendar's own time zone.
 */
final class DeskBreakCalendar {
    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm");

    private DeskBreakCalendar() {
    }

    static String of(DeskBreakPlan plan, LocalDate date, String routine) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Limber//desk breaks//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        Recur<LocalDateTime> weekdays = new Recur.Builder<LocalDateTime>().frequency(Frequency.WEEKLY)
                .dayList(WeekDay.MO, WeekDay.TU, WeekDay.WE, WeekDay.TH, WeekDay.FR).build();
        for (DeskBreak one : plan.breaks()) {
            LocalDateTime start = date.atTime(one.at());
            VEvent event = new VEvent(start, date.atTime(one.until()), "Desk break: stand up");
            event.add(new Uid("desk-break-" + UID_TIME.format(start) + "@limber"));
            event.add(new Description(routine));
            event.add(new RRule<>(weekdays));
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException | ValidationException impossible) {
            throw new IllegalStateException("cannot write the calendar: " + impossible.getMessage(), impossible);
        }
        return text.toString();
    }
}
