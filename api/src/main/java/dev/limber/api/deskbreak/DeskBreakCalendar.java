package dev.limber.api.deskbreak;

import dev.limber.domain.deskbreak.DeskBreak;
import dev.limber.domain.deskbreak.DeskBreakPlan;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.card.DoseText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A desk-break plan as an iCalendar file (RFC 5545) for one day: one event per break, in
 * floating local time (a break at 09:45 is at 09:45 wherever the user is), each describing the
 * routine. UIDs derive from the day and time, so importing the same plan twice updates the
 * events instead of doubling them.
 */
final class DeskBreakCalendar {
    static final String PRODUCT = "-//Limber//Desk breaks//EN";

    private DeskBreakCalendar() {
    }

    static String of(DeskBreakPlan plan, LocalDate day, Instant now) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        String routine = plan.routine().exerciseSteps().stream()
                .map(DeskBreakCalendar::describe)
                .collect(Collectors.joining("\n"));
        for (DeskBreak deskBreak : plan.breaks()) {
            VEvent event = new VEvent(LocalDateTime.of(day, deskBreak.at()), LocalDateTime.of(day, deskBreak.until()),
                    "Desk break: " + plan.routine().name());
            event.add(new Uid("desk-break-" + day + "T" + deskBreak.at() + "@limber"));
            event.replace(new DtStamp(now));
            event.add(new Description("Stand up for " + plan.routine().name() + ":\n" + routine));
            event.add(new Categories("Limber"));
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return text.toString();
    }

    private static String describe(ExerciseStep step) {
        return "- " + step.exercise().value() + ": " + DoseText.of(step.prescription());
    }
}
