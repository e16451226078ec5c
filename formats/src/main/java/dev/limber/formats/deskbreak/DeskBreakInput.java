package dev.limber.formats.deskbreak;

import dev.limber.domain.Quote;
import dev.limber.domain.deskbreak.DeskBreakPlan;
import dev.limber.formats.duration.DurationText;
import dev.limber.formats.duration.NotADurationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * What a desk-break plan is asked with, read the same by the CLI's options and the service's
 * query parameters: a time of day ({@code 9:00}, {@code 09:00}, {@code 09:00:30}) and an interval
 * of 30 to 60 minutes in the duration grammar, and the calendar's first day. A refusal quotes the text as the user typed it
 * ({@code '61m'}, never {@code PT1H1M}), and says what would do.
 */
public final class DeskBreakInput {
    static final String TIME_EXAMPLES = "write it like 9:00, 09:00 or 17:30";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

    private DeskBreakInput() {}

    /** A time of day, hours with one or two digits. */
    public static LocalTime timeOfDay(String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip(), TIME);
        } catch (DateTimeParseException bad) {
            throw new RefusedException(text, "is not a time of day", TIME_EXAMPLES);
        }
    }

    /** The calendar's first day: an ISO date ({@code 2026-12-01}). */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException bad) {
            throw new RefusedException(text, "is not a date", "write it like 2026-12-01");
        }
    }

    /**
     * The time between breaks: the duration grammar (text it cannot read is a
     * {@link NotADurationException}), within the plan's 30 to 60 minutes.
     */
    public static Duration interval(String text) {
        Duration interval = DurationText.parse(text);
        if (interval.compareTo(DeskBreakPlan.SHORTEST_INTERVAL) < 0
                || interval.compareTo(DeskBreakPlan.LONGEST_INTERVAL) > 0) {
            throw new RefusedException(
                    text,
                    "is not between " + DurationText.write(DeskBreakPlan.SHORTEST_INTERVAL) + " and "
                            + DurationText.write(DeskBreakPlan.LONGEST_INTERVAL),
                    "the article says to stand up every 30 to 60 minutes");
        }
        return interval;
    }

    /** Why a plan has no break: the day is shorter than the interval and one routine. */
    public static String noBreakFits(DeskBreakPlan plan) {
        LocalTime first = plan.start().plus(plan.interval());
        return "no break fits between " + plan.start() + " and " + plan.end() + ": the first, "
                + DurationText.write(plan.interval()) + " after the start, would run " + first + "–"
                + first.plus(plan.routineLength()) + "; start earlier, end later or break more often";
    }

    /** Text a desk-break plan cannot be asked with. */
    public static final class RefusedException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String text;
        private final String problem;
        private final String remedy;

        RefusedException(String text, String problem, String remedy) {
            super(problem + ": " + Quote.single(String.valueOf(text)) + "; " + remedy);
            this.text = text;
            this.problem = problem;
            this.remedy = remedy;
        }

        /** The refused text, as given. */
        public String text() {
            return text;
        }

        /**
         * The same words led by the value, for places that name the option themselves (picocli
         * writes "Invalid value for option '--every': " before it): "'61m' is not between …".
         */
        public String valueFirst() {
            return Quote.single(String.valueOf(text)) + " " + problem + "; " + remedy;
        }
    }
}
