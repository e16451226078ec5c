package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import dev.limber.domain.Named;
import dev.limber.domain.load.Load;
import dev.limber.domain.load.Weight;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a step's load (and reps) change from one session or week to the next. One written form
 * each, read by {@link #parse} and written by {@link #text()}, shared by the document, the
 * database and the HTTP API:
 *
 * <ul>
 *   <li>{@code linear +2.5kg per session, deload 10% after 3 misses}: the load rises by the
 *       increment every session (or {@code per week}); after that many missed targets it drops by
 *       the deload share, and rises again from there;
 *   <li>{@code double 8-12 +2.5kg}: the reps rise by one each session up to the top of the range,
 *       then the load rises by the increment and the reps return to the bottom;
 *   <li>{@code weekly 65%x5x3, 75%x5x3, 85%x5x3, deload 40%x5x3}: week by week a share of the
 *       reference max for reps × sets, a wave that repeats, with an optional deload week after it.
 * </ul>
 *
 * What a progression needs of its step (a load to add to, counted reps) is checked by {@link
 * ExerciseStep}.
 */
public sealed interface Progression permits Progression.Linear, Progression.DoubleProgression, Progression.Weekly {

    /** The longest written form: twelve weeks and a deload of the longest entries fit. */
    int MAX_TEXT = 300;

    /** The largest increment of one step of a progression, in its unit. */
    int MAX_INCREMENT = 50;

    /** The most weeks a weekly wave lists (the deload week not counted). */
    int MAX_WEEKS = 12;

    /** The most reps of a double progression's range or a weekly entry. */
    int MAX_REPS = 100;

    /** As written: {@code linear +2.5kg per session, deload 10% after 3 misses}. */
    String text();

    /** As a trainer says it: {@code +2.5 kg every session; −10 % after 3 missed targets}. */
    String human();

    /** Reads the written form; refuses anything else naming the forms it takes. */
    static Progression parse(String text) {
        return ProgressionGrammar.parse(text);
    }

    /** When a linear progression adds its increment. */
    enum Cadence implements Named {
        SESSION("session"),
        WEEK("week");

        private final String externalName;

        Cadence(String externalName) {
            this.externalName = externalName;
        }

        @Override
        public String externalName() {
            return externalName;
        }
    }

    /**
     * Adds {@code increment} every session or every week; after {@code deloadAfter} missed targets
     * the load drops by {@code deloadPercent} % (again after each further {@code deloadAfter}).
     *
     * @param increment     more than 0, at most {@value #MAX_INCREMENT} in its unit
     * @param every         session or week
     * @param deloadPercent 1–50
     * @param deloadAfter   1–10 missed targets
     */
    record Linear(Weight increment, Cadence every, int deloadPercent, int deloadAfter) implements Progression {
        public static final int MAX_DELOAD_PERCENT = 50;
        public static final int MAX_DELOAD_AFTER = 10;

        public Linear {
            checkIncrement(increment);
            if (every == null) {
                throw refuse(null, "needs a cadence: per session or per week");
            }
            if (deloadPercent < 1 || deloadPercent > MAX_DELOAD_PERCENT) {
                throw refuse(deloadPercent + "%", "deloads by 1 to " + MAX_DELOAD_PERCENT + " %");
            }
            if (deloadAfter < 1 || deloadAfter > MAX_DELOAD_AFTER) {
                throw refuse(deloadAfter, "deloads after 1 to " + MAX_DELOAD_AFTER + " missed targets");
            }
        }

        /** {@code +increment} every {@code cadence}, deloading 10 % after 3 missed targets. */
        public static Linear of(Weight increment, Cadence every) {
            return new Linear(increment, every, 10, 3);
        }

        @Override
        public String text() {
            return "linear +" + increment.text() + " per " + every.externalName() + ", deload " + deloadPercent
                    + "% after " + deloadAfter + (deloadAfter == 1 ? " miss" : " misses");
        }

        @Override
        public String human() {
            return "+" + increment.human() + " every " + every.externalName() + "; −" + deloadPercent + " % after "
                    + deloadAfter + " missed " + (deloadAfter == 1 ? "target" : "targets");
        }
    }

    /**
     * Reps from {@code low} to {@code high}, one more each session; past the top the load rises by
     * {@code increment} and the reps return to {@code low}.
     */
    record DoubleProgression(int low, int high, Weight increment) implements Progression {
        public DoubleProgression {
            if (low < 1 || high > MAX_REPS || low >= high) {
                throw refuse(
                        low + "-" + high,
                        "needs a rep range like 8-12: the bottom at least 1, below the top, the top at most "
                                + MAX_REPS);
            }
            checkIncrement(increment);
        }

        @Override
        public String text() {
            return "double " + low + "-" + high + " +" + increment.text();
        }

        @Override
        public String human() {
            return low + " to " + high + " reps, then +" + increment.human();
        }
    }

    /** One week of a weekly wave: {@code percent} of the reference max for {@code reps} × {@code sets}. */
    record WeekLoad(BigDecimal percent, int reps, int sets) {
        public WeekLoad {
            try {
                percent = new Load.Relative(percent).percent();
            } catch (InvalidValueException refused) {
                throw refuse(
                        percent == null ? null : percent.toPlainString() + "%",
                        "needs a percentage above 0 and at most " + Load.MAX_PERCENT + ", to one decimal");
            }
            if (reps < 1 || reps > MAX_REPS) {
                throw refuse(reps, "needs 1 to " + MAX_REPS + " reps a set");
            }
            if (sets < 1 || sets > Prescription.MAX_SETS) {
                throw refuse(sets, "needs 1 to " + Prescription.MAX_SETS + " sets");
            }
        }

        public static WeekLoad of(double percent, int reps, int sets) {
            return new WeekLoad(BigDecimal.valueOf(percent), reps, sets);
        }

        /** {@code 65%x5x3}. */
        public String text() {
            return percent.toPlainString() + "%x" + reps + "x" + sets;
        }

        /** {@code 65 % × 5 × 3}. */
        public String human() {
            return percent.toPlainString() + " % × " + reps + " × " + sets;
        }
    }

    /**
     * A wave of weeks (5/3/1 style), each a share of the reference max for reps × sets, repeated
     * for as long as the program runs; {@code deload}, when given, is the week after each wave.
     *
     * @param weeks  1 to {@value #MAX_WEEKS} weeks
     * @param deload the deload week, or {@code null}
     */
    record Weekly(List<WeekLoad> weeks, WeekLoad deload) implements Progression {
        public Weekly {
            if (weeks == null
                    || weeks.isEmpty()
                    || weeks.size() > MAX_WEEKS
                    || weeks.stream().anyMatch(java.util.Objects::isNull)) {
                throw refuse(
                        weeks == null ? null : weeks.size() + " weeks",
                        "lists 1 to " + MAX_WEEKS + " weeks like 65%x5x3");
            }
            weeks = List.copyOf(weeks);
        }

        /** How many weeks before the wave starts again: its weeks and the deload week. */
        public int length() {
            return weeks.size() + (deload == null ? 0 : 1);
        }

        /** What week {@code week} (1 is the first) of a program asks for. */
        public WeekLoad week(int week) {
            int index = (week - 1) % length();
            return index < weeks.size() ? weeks.get(index) : deload;
        }

        /** Whether week {@code week} is the deload week. */
        public boolean deloads(int week) {
            return deload != null && (week - 1) % length() == weeks.size();
        }

        @Override
        public String text() {
            StringBuilder text = new StringBuilder("weekly ");
            for (int i = 0; i < weeks.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(weeks.get(i).text());
            }
            return deload == null ? text.toString() : text + ", deload " + deload.text();
        }

        @Override
        public String human() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < weeks.size(); i++) {
                text.append(i == 0 ? "week 1: " : "; week " + (i + 1) + ": ")
                        .append(weeks.get(i).human());
            }
            return deload == null ? text.toString() : text + "; deload: " + deload.human();
        }
    }

    private static void checkIncrement(Weight increment) {
        if (increment == null
                || increment.isZero()
                || increment.amount().compareTo(BigDecimal.valueOf(MAX_INCREMENT)) > 0) {
            throw refuse(
                    increment == null ? null : increment.text(),
                    "adds more than 0 and at most " + MAX_INCREMENT + " kg or lb, like +2.5kg");
        }
    }

    private static InvalidValueException refuse(Object value, String problem) {
        return new InvalidValueException(ModelField.STEP_PROGRESSION, value, problem);
    }
}
