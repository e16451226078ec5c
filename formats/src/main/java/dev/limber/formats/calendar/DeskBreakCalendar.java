package dev.limber.formats.calendar;

import dev.limber.domain.card.DoseText;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.deskbreak.DeskBreak;
import dev.limber.domain.deskbreak.DeskBreakPlan;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.ExerciseStep;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * A desk-break plan as an iCalendar file (RFC 5545, written by ical4j), the one the service and
 * the CLI both serve.
 *
 * <ul>
 * <li>One event per break, from the first day on, repeating Monday to Friday
 *     ({@code RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR}): the plan is a working-day habit. A first
 *     day on a weekend moves to the Monday after, since RFC 5545 counts DTSTART as an event even
 *     when the rule does not.</li>
 * <li>A night shift (22:00–02:00) puts the breaks after midnight on the next day, repeating
 *     Tuesday to Saturday: they belong to the shifts that started Monday to Friday.</li>
 * <li>Each event carries a reminder at its start ({@code VALARM}, {@code ACTION:DISPLAY}): the
 *     point of a desk break is to be told to stand up.</li>
 * <li>Floating local times: a break at 09:45 is at 09:45 in whatever zone the calendar shows.</li>
 * <li>The UID names the time of day only ({@code desk-break-0945@limber}), not the first day:
 *     importing a newer calendar, from the CLI or the service, on any day, updates the same
 *     series instead of adding a second one.</li>
 * <li>No {@code METHOD}: the file is for importing, not an iTIP message; with {@code METHOD:PUBLISH}
 *     ical4j's validator asks for an ORGANIZER that a desk-break plan has not got.</li>
 * </ul>
 */
public final class DeskBreakCalendar {
    /** Names this writer in every file, whichever adapter served it. */
    public static final String PRODUCT = "-//Limber//Desk breaks//EN";

    static final String SUMMARY = "Desk break: stand up";
    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("HHmm");

    private static final Recur<LocalDateTime> WEEKDAYS =
            weekly(WeekDay.MO, WeekDay.TU, WeekDay.WE, WeekDay.TH, WeekDay.FR);
    /** The mornings after a Monday-to-Friday night shift's start. */
    private static final Recur<LocalDateTime> AFTER_WEEKDAYS =
            weekly(WeekDay.TU, WeekDay.WE, WeekDay.TH, WeekDay.FR, WeekDay.SA);

    private DeskBreakCalendar() {}

    private static Recur<LocalDateTime> weekly(WeekDay... days) {
        return new Recur.Builder<LocalDateTime>()
                .frequency(Frequency.WEEKLY)
                .dayList(days)
                .build();
    }

    /** A message on screen when the break starts. */
    private static VAlarm reminder() {
        VAlarm alarm = new VAlarm(java.time.Duration.ZERO);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(SUMMARY));
        return alarm;
    }

    /**
     * The first day when none is asked for: today in the time zone of the machine that writes
     * the calendar (its default zone; for the service, the server's). The events themselves are
     * floating, so only this date depends on a zone.
     */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneId.systemDefault());
    }

    /**
     * The calendar of {@code plan} from {@code firstDay} on; exercise names come from
     * {@code exercises} (the id when it lacks one). DTSTAMP is the start of {@code now}'s UTC day,
     * so the same plan written twice in a day is the same file (and the service's ETag holds).
     */
    public static String of(DeskBreakPlan plan, LocalDate firstDay, Instant now, ExerciseLookup exercises) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        String description = plan.routine().name() + ":\n"
                + plan.routine().exerciseSteps().stream()
                        .map(step -> describe(step, exercises))
                        .collect(Collectors.joining("\n"));
        Instant stamp = now.truncatedTo(ChronoUnit.DAYS);
        LocalDate first = firstWeekday(firstDay);
        for (DeskBreak one : plan.breaks()) {
            boolean nextDay = plan.nextDay(one);
            LocalDateTime start = first.plusDays(nextDay ? 1 : 0).atTime(one.at());
            // A break that straddles midnight ends on the day after it starts.
            LocalDateTime end = start.toLocalDate()
                    .plusDays(one.until().isBefore(one.at()) ? 1 : 0)
                    .atTime(one.until());
            VEvent event = new VEvent(start, end, SUMMARY);
            event.add(new Uid(uid(one)));
            event.replace(new DtStamp(stamp));
            event.add(new RRule<>(nextDay ? AFTER_WEEKDAYS : WEEKDAYS));
            event.add(new Description(description));
            event.add(new Categories("Limber"));
            event.add(reminder());
            calendar.add(event);
        }
        // Validated here rather than by a validating outputter, which only logs a warning: a
        // calendar that ical4j's own rules refuse is a bug in this class, and tests must see it.
        ValidationResult validation = calendar.validate();
        if (validation.hasErrors()) {
            throw new IllegalStateException("the desk-break calendar is not valid iCalendar: " + validation);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return text.toString();
    }

    /** {@code day}, or the Monday after when it falls on a weekend. */
    static LocalDate firstWeekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Stable across days and adapters: one series per time of day. */
    static String uid(DeskBreak deskBreak) {
        return "desk-break-" + UID_TIME.format(deskBreak.at()) + "@limber";
    }

    private static String describe(ExerciseStep step, ExerciseLookup exercises) {
        return "- "
                + exercises
                        .find(step.exercise())
                        .map(Exercise::name)
                        .orElse(step.exercise().value()) + ": " + DoseText.of(step.prescription());
    }
}
