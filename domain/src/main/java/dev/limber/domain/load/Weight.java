package dev.limber.domain.load;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weight in the unit it was written in ({@code 100kg}, {@code 225lb}, {@code 2.5kg}). It never
 * changes unit by itself: {@link #in(WeightUnit)} converts on request (exactly, to three decimals),
 * and rounding to what a bar can carry is {@link Plates}' job.
 *
 * @param amount at least 0, at most {@value #MAX} in its unit, at most three decimals
 * @param unit   kilograms or pounds
 */
public record Weight(BigDecimal amount, WeightUnit unit) implements Comparable<Weight> {
    /** Far above any lift (the deadlift record is ~500 kg); catches a typo, not a lifter. */
    public static final int MAX = 2000;

    static final String RANGE = "must be between 0 and " + MAX + " in its unit, to at most three decimals";

    private static final Pattern TEXT = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,3})?)\\s?(kg|lb)");

    private static final BigDecimal MOST = BigDecimal.valueOf(MAX);

    public Weight {
        if (amount == null || unit == null) {
            throw new InvalidValueException(ModelField.WEIGHT, amount, "needs an amount and a unit, like 100kg");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (amount.signum() < 0 || amount.compareTo(MOST) > 0 || stripped.scale() > 3) {
            throw new InvalidValueException(ModelField.WEIGHT, amount.toPlainString() + unit.externalName(), RANGE);
        }
        amount = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static Weight of(String amount, WeightUnit unit) {
        return new Weight(new BigDecimal(amount), unit);
    }

    public static Weight kg(double amount) {
        return new Weight(BigDecimal.valueOf(amount), WeightUnit.KG);
    }

    public static Weight lb(double amount) {
        return new Weight(BigDecimal.valueOf(amount), WeightUnit.LB);
    }

    /** Reads {@code 100kg}, {@code 2.5kg}, {@code 225lb} (a space before the unit is allowed). */
    public static Weight parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidValueException(
                    ModelField.WEIGHT, text, "must be a number and a unit, kg or lb, like 100kg or 225lb");
        }
        return new Weight(new BigDecimal(matcher.group(1)), WeightUnit.parse(matcher.group(2)));
    }

    static boolean looksLikeWeight(String text) {
        return TEXT.matcher(text.strip()).matches();
    }

    static BigDecimal canonical(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** This weight in another unit, to three decimals (half up); itself when the unit is the same. */
    public Weight in(WeightUnit target) {
        if (target == unit) {
            return this;
        }
        BigDecimal kilograms = amount.multiply(unit.kilograms());
        BigDecimal converted = kilograms.divide(target.kilograms(), MathContext.DECIMAL64);
        return new Weight(converted.setScale(3, RoundingMode.HALF_UP).min(MOST), target);
    }

    public Weight plus(Weight other) {
        return new Weight(amount.add(other.in(unit).amount()), unit);
    }

    public Weight times(BigDecimal factor) {
        return new Weight(amount.multiply(factor).setScale(3, RoundingMode.HALF_UP), unit);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** As a document writes it: {@code 100kg}, {@code 2.5kg}. */
    public String text() {
        return amount.toPlainString() + unit.externalName();
    }

    /** As a trainer says it: {@code 100 kg}. */
    public String human() {
        return amount.toPlainString() + " " + unit.externalName();
    }

    /** Compares weights of one unit; a weight in the other unit is converted first. */
    @Override
    public int compareTo(Weight other) {
        return amount.compareTo(other.in(unit).amount());
    }

    @Override
    public String toString() {
        return text();
    }
}
