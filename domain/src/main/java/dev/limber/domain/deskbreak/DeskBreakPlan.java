package dev.limber.domain.deskbreak;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Timing;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks from sitting through a working day, every {@code interval} from the start, each with a
 * short routine (the article: stand up every 30–60 minutes for a quick forward fold or hip
 * hinge, because long sitting shortens the hamstrings). A break that would run past the end of
 * the day is left out; a day too short for one has no breaks, which adapters report.
 *
 * <p>An end earlier than the start is a shift that runs past midnight (22:00–02:00 is four
 * hours); a break after midnight is on the next day ({@link #nextDay(DeskBreak)}).
 *
 * @param start         when the working day starts
 * @param end           when it ends: later the same day, or earlier (the next day); not the start
 * @param interval      time from one break to the next, 30 to 60 minutes
 * @param routine       what to do at each break
 * @param routineLength how long the routine takes
 * @param breaks        the breaks, in order
 */
public record DeskBreakPlan(
        LocalTime start,
        LocalTime end,
        Duration interval,
        Session routine,
        Duration routineLength,
        List<DeskBreak> breaks) {

    public static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(30);
    public static final Duration LONGEST_INTERVAL = Duration.ofMinutes(60);

    public DeskBreakPlan {
        checkDay(start, end);
        checkInterval(interval);
        Checks.required("routine", routine);
        Checks.positive("routineLength", routineLength);
        breaks = Checks.list("breaks", breaks);
    }

    /** Plans the breaks of a day; the routine is timed with {@code timing}. */
    public static DeskBreakPlan of(LocalTime start, LocalTime end, Duration interval, Session routine, Timing timing) {
        checkDay(start, end);
        checkInterval(interval);
        Checks.required("routine", routine);
        Duration length = Checks.required("timing", timing).of(routine);
        if (length.compareTo(interval) >= 0) {
            throw new InvalidValueException("routine", routine.name(), "must be shorter than the interval " + interval);
        }
        List<DeskBreak> breaks = new ArrayList<>();
        // Offsets from the start, so a break's time wraps past midnight as the clock does.
        Duration day = length(start, end);
        for (Duration at = interval; at.plus(length).compareTo(day) <= 0; at = at.plus(interval)) {
            breaks.add(new DeskBreak(start.plus(at), start.plus(at).plus(length)));
        }
        return new DeskBreakPlan(start, end, interval, routine, length, breaks);
    }

    /** How long the working day lasts: past midnight when it ends before it starts. */
    public Duration dayLength() {
        return length(start, end);
    }

    /** Whether the break falls after midnight, on the day after the shift started. */
    public boolean nextDay(DeskBreak deskBreak) {
        return Checks.required("deskBreak", deskBreak).at().isBefore(start);
    }

    private static Duration length(LocalTime start, LocalTime end) {
        Duration between = Duration.between(start, end);
        return between.isNegative() ? between.plusDays(1) : between;
    }

    private static void checkDay(LocalTime start, LocalTime end) {
        Checks.required("start", start);
        Checks.required("end", end);
        if (end.equals(start)) {
            throw new InvalidValueException("end", end, "must differ from the start " + start);
        }
    }

    private static void checkInterval(Duration interval) {
        Checks.required("interval", interval);
        if (interval.compareTo(SHORTEST_INTERVAL) < 0 || interval.compareTo(LONGEST_INTERVAL) > 0) {
            throw new InvalidValueException("interval", interval, "must be between 30 and 60 minutes");
        }
    }
}
