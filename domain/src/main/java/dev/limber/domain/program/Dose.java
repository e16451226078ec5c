package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The work of one set: a time, a number of repetitions or a distance. */
public sealed interface Dose permits Dose.Timed, Dose.Reps, Dose.Distance {

    /** Upper bounds that catch typos (3000 reps, 30 h) rather than limit real training. */
    Duration MAX_DURATION = Limits.WORK;

    int MAX_REPS = 1000;

    /** Work for a fixed time, e.g. 30 s of leg swings. */
    record Timed(Duration duration) implements Dose {
        public Timed {
            if (duration == null
                    || duration.isZero()
                    || duration.isNegative()
                    || duration.compareTo(MAX_DURATION) > 0
                    || duration.getNano() != 0) {
                throw new InvalidValueException(
                        ModelField.DOSE_DURATION,
                        duration,
                        "must be whole seconds between 1 s and " + MAX_DURATION.toHours() + " h");
            }
        }
    }

    /**
     * A number of repetitions, e.g. 10 glute bridges; with {@code amrap}, as many as possible and
     * {@code count} the minimum.
     */
    record Reps(int count, boolean amrap) implements Dose {
        public Reps {
            if (count <= 0 || count > MAX_REPS) {
                throw new InvalidValueException(ModelField.DOSE_REPS, count, "must be between 1 and " + MAX_REPS);
            }
        }

        public Reps(int count) {
            this(count, false);
        }
    }

    /** Longest distance a step may cover: a long run, not a typo. */
    int MAX_KILOMETRES = 100;

    /**
     * A distance to cover, e.g. 400 m of running or 1 mi of walking, in the unit it was written in.
     *
     * @param amount more than 0, at most three decimals
     * @param unit   metres, kilometres or miles
     */
    record Distance(BigDecimal amount, DistanceUnit unit) implements Dose {
        private static final Pattern TEXT = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,3})?)\\s?(m|km|mi)");
        private static final String FORM = "must be a distance like 400m, 1.5km or 1mi, more than 0 and at most "
                + MAX_KILOMETRES + " km, to at most three decimals";

        public Distance {
            if (amount == null
                    || unit == null
                    || amount.signum() <= 0
                    || amount.stripTrailingZeros().scale() > 3
                    || amount.multiply(unit.metres()).compareTo(BigDecimal.valueOf(MAX_KILOMETRES * 1000L)) > 0) {
                throw new InvalidValueException(
                        ModelField.DOSE_DISTANCE,
                        amount == null || unit == null ? null : amount.toPlainString() + unit.externalName(),
                        FORM);
            }
            BigDecimal stripped = amount.stripTrailingZeros();
            amount = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        /** Reads {@code 400m}, {@code 1.5km}, {@code 1mi}. */
        public static Distance parse(String text) {
            Matcher matcher = text == null ? null : TEXT.matcher(text.strip());
            if (matcher == null || !matcher.matches()) {
                throw new InvalidValueException(ModelField.DOSE_DISTANCE, text, FORM);
            }
            DistanceUnit unit = Named.parse(DistanceUnit.class, "distance", matcher.group(2));
            return new Distance(new BigDecimal(matcher.group(1)), unit);
        }

        /** The distance in whole metres, rounded half up. */
        public long metres() {
            return amount.multiply(unit.metres())
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        }

        /** As written: {@code 1.5km}. */
        public String text() {
            return amount.toPlainString() + unit.externalName();
        }

        /** As a trainer says it: {@code 1.5 km}. */
        public String human() {
            return amount.toPlainString() + " " + unit.externalName();
        }
    }
}
