package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import java.math.BigDecimal;

/**
 * How hard a set should feel: a rating of perceived exertion ({@code rpe}, 1–10 in halves) or
 * repetitions in reserve ({@code rir}, 0–10). One or the other, never both: the type allows only one.
 */
public sealed interface Effort permits Effort.Rpe, Effort.Rir {

    /** As a trainer says it: {@code RPE 7}, {@code 2 reps in reserve}. */
    String human();

    /** Rating of perceived exertion on the 1–10 scale, in half steps (7, 7.5, 8). */
    record Rpe(BigDecimal value) implements Effort {
        private static final BigDecimal TWO = BigDecimal.valueOf(2);

        public Rpe {
            if (value == null
                    || value.compareTo(BigDecimal.ONE) < 0
                    || value.compareTo(BigDecimal.TEN) > 0
                    || value.multiply(TWO).stripTrailingZeros().scale() > 0) {
                throw new InvalidValueException(
                        ModelField.EFFORT_RPE, value, "must be between 1 and 10 in half steps, like 7 or 8.5");
            }
            BigDecimal stripped = value.stripTrailingZeros();
            value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        @Override
        public String human() {
            return "RPE " + value.toPlainString();
        }
    }

    /** Repetitions left in reserve at the end of the set: 0 (to failure) to 10. */
    record Rir(int reps) implements Effort {
        public static final int MAX = 10;

        public Rir {
            if (reps < 0 || reps > MAX) {
                throw new InvalidValueException(ModelField.EFFORT_RIR, reps, "must be between 0 and " + MAX);
            }
        }

        @Override
        public String human() {
            return reps + (reps == 1 ? " rep" : " reps") + " in reserve";
        }
    }

    static Effort rpe(double value) {
        return new Rpe(BigDecimal.valueOf(value));
    }

    static Effort rir(int reps) {
        return new Rir(reps);
    }
}
