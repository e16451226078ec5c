package dev.limber.domain.load;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import java.math.BigDecimal;

/**
 * What a step is lifted with: a fixed weight ({@code 100kg}), a share of the athlete's reference
 * maximum for the exercise ({@code 75%}), or the body's own weight, possibly with some added
 * ({@code bodyweight}, {@code bodyweight+10kg}). One written form each, read by {@link #parse} and
 * written by {@link #text()}, shared by the document, the database and the HTTP API.
 */
public sealed interface Load permits Load.Absolute, Load.Relative, Load.BodyWeight {

    /** Percentages above 100 are allowed for overloads (a heavy single at 105 %). */
    int MAX_PERCENT = 150;

    /** As written: {@code 100kg}, {@code 75%}, {@code bodyweight+10kg}. */
    String text();

    /** As a trainer says it: {@code 100 kg}, {@code 75 % of max}, {@code bodyweight + 10 kg}. */
    String human();

    /** A fixed weight. */
    record Absolute(Weight weight) implements Load {
        public Absolute {
            if (weight == null || weight.isZero()) {
                throw new InvalidValueException(
                        ModelField.PRESCRIPTION_LOAD, weight, "must be more than nothing; leave the load out instead");
            }
        }

        @Override
        public String text() {
            return weight.text();
        }

        @Override
        public String human() {
            return weight.human();
        }
    }

    /** A share of the athlete's reference maximum (their one-repetition max) for the exercise. */
    record Relative(BigDecimal percent) implements Load {
        public Relative {
            if (percent == null
                    || percent.signum() <= 0
                    || percent.compareTo(BigDecimal.valueOf(MAX_PERCENT)) > 0
                    || percent.stripTrailingZeros().scale() > 1) {
                throw new InvalidValueException(
                        ModelField.PRESCRIPTION_LOAD,
                        percent == null ? null : percent.toPlainString() + "%",
                        "must be a percentage above 0 and at most " + MAX_PERCENT + ", to one decimal");
            }
            percent = Weight.canonical(percent);
        }

        @Override
        public String text() {
            return percent.toPlainString() + "%";
        }

        @Override
        public String human() {
            return percent.toPlainString() + " % of max";
        }
    }

    /** The athlete's own body weight, with {@code added} weight (a belt, a vest) or none. */
    record BodyWeight(Weight added) implements Load {
        public BodyWeight {
            if (added != null && added.isZero()) {
                added = null;
            }
        }

        @Override
        public String text() {
            return added == null ? "bodyweight" : "bodyweight+" + added.text();
        }

        @Override
        public String human() {
            return added == null ? "bodyweight" : "bodyweight + " + added.human();
        }
    }

    static Load kg(double amount) {
        return new Absolute(Weight.kg(amount));
    }

    static Load lb(double amount) {
        return new Absolute(Weight.lb(amount));
    }

    static Load percent(double percent) {
        return new Relative(BigDecimal.valueOf(percent));
    }

    static Load bodyweight() {
        return new BodyWeight(null);
    }

    static Load bodyweightPlus(Weight added) {
        return new BodyWeight(added);
    }

    /** Reads {@code 100kg}, {@code 225lb}, {@code 75%}, {@code bodyweight}, {@code bodyweight+10kg}. */
    static Load parse(String text) {
        return LoadGrammar.parse(text);
    }
}
