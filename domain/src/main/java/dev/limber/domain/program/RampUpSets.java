package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import dev.limber.domain.load.Load;
import dev.limber.domain.load.Plates;
import dev.limber.domain.load.RampUp;
import dev.limber.domain.load.RampUpPlan;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's ramp-up sets: lighter sets of the lift itself before its first working set, the
 * specific warm-up of a heavy lift. The scheme is {@link RampUp#standard()} (the empty bar × 10,
 * 40 % × 5, 60 % × 3, 80 % × 2 of the working load) or any list of stages; the bar is the
 * standard one of the load's unit (20 kg, 45 lb) unless another is given.
 *
 * <p>One written form, read by {@link #parse} and written by {@link #text()}, shared by the
 * document, the database and the HTTP API: {@code standard}, {@code bar x10, 50% x5, 75% x3}, and
 * either followed by {@code on 15kg bar}.
 *
 * <p>What the sets weigh depends on the step's load ({@link #setsFor(Load)}): a fixed load gives
 * each set its weight and plates per side ({@link RampUp#to}, which leaves out sets no heavier than
 * the bar or too close to the next); a load relative to a maximum, or none, gives each set as a
 * share of the working load.
 *
 * @param scheme the stages, lightest first: the empty bar only first, then rising percentages
 * @param bar    the empty bar, {@code null} for the standard bar of the load's unit
 */
public record RampUpSets(RampUp scheme, Weight bar) {
    /** The rest after each ramp-up set, the last one's before the first working set. */
    public static final Duration REST = Duration.ofMinutes(1);

    /** The longest written form: eight stages and a bar fit well within it. */
    public static final int MAX_TEXT = 100;

    /** The lightest and heaviest bar, in its unit. */
    public static final int MIN_BAR = 1;

    public static final int MAX_BAR = 100;

    private static final String STANDARD = "standard";
    private static final String FORM = "must be standard, or ramp-up sets like bar x10, 40% x5, 60% x3"
            + " (the bar only first, then whole percentages 1-99 rising, reps 1-20, at most " + RampUp.MAX_SETS
            + " sets), optionally followed by on 15kg bar";
    private static final Pattern BAR_SUFFIX = Pattern.compile("(.*?)\\s+on\\s+(\\S+)\\s+bar", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAGE =
            Pattern.compile("(bar|\\d{1,2}\\s?%)\\s*[x×]\\s*(\\d{1,2})", Pattern.CASE_INSENSITIVE);

    public RampUpSets {
        if (scheme == null) {
            throw new InvalidValueException(ModelField.PRESCRIPTION_RAMP_UP, null, FORM);
        }
        BigDecimal before = null;
        for (int i = 0; i < scheme.stages().size(); i++) {
            RampUp.Stage stage = scheme.stages().get(i);
            boolean barLater = stage.percent() == null && i > 0;
            boolean notRising =
                    stage.percent() != null && before != null && stage.percent().compareTo(before) <= 0;
            boolean notWhole = stage.percent() != null
                    && stage.percent().stripTrailingZeros().scale() > 0;
            if (barLater || notRising || notWhole) {
                throw new InvalidValueException(ModelField.PRESCRIPTION_RAMP_UP, schemeText(scheme), FORM);
            }
            before = stage.percent();
        }
        if (bar != null
                && (bar.amount().compareTo(BigDecimal.valueOf(MIN_BAR)) < 0
                        || bar.amount().compareTo(BigDecimal.valueOf(MAX_BAR)) > 0
                        || bar.amount().stripTrailingZeros().scale() > 2)) {
            throw new InvalidValueException(
                    ModelField.PRESCRIPTION_RAMP_UP,
                    bar.text(),
                    "bar must weigh between " + MIN_BAR + " and " + MAX_BAR + " in its unit, to two decimals");
        }
    }

    /** The standard scheme on the standard bar. */
    public static RampUpSets standard() {
        return new RampUpSets(RampUp.standard(), null);
    }

    /** The same sets on another bar. */
    public RampUpSets onBar(Weight other) {
        return new RampUpSets(scheme, other);
    }

    /** Reads {@code standard}, {@code bar x10, 50% x5, 75% x3}, either with {@code on 15kg bar} after it. */
    public static RampUpSets parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new InvalidValueException(ModelField.PRESCRIPTION_RAMP_UP, text, FORM);
        }
        String rest = text.strip();
        Weight bar = null;
        Matcher suffix = BAR_SUFFIX.matcher(rest);
        if (suffix.matches()) {
            try {
                bar = Weight.parse(suffix.group(2));
            } catch (InvalidValueException refused) {
                throw new InvalidValueException(ModelField.PRESCRIPTION_RAMP_UP, text, FORM);
            }
            rest = suffix.group(1).strip();
        }
        if (rest.toLowerCase(Locale.ROOT).equals(STANDARD)) {
            return new RampUpSets(RampUp.standard(), bar);
        }
        List<RampUp.Stage> stages = new ArrayList<>();
        for (String part : rest.split(",", -1)) {
            Matcher stage = STAGE.matcher(part.strip());
            if (!stage.matches()) {
                throw new InvalidValueException(ModelField.PRESCRIPTION_RAMP_UP, text, FORM);
            }
            String at = stage.group(1).toLowerCase(Locale.ROOT).replace(" ", "");
            int reps = Integer.parseInt(stage.group(2));
            try {
                stages.add(
                        at.equals("bar")
                                ? RampUp.Stage.emptyBar(reps)
                                : RampUp.Stage.percent(Integer.parseInt(at.substring(0, at.length() - 1)), reps));
            } catch (InvalidValueException refused) {
                throw new InvalidValueException(ModelField.PRESCRIPTION_RAMP_UP, text, FORM);
            }
        }
        if (stages.size() > RampUp.MAX_SETS) {
            throw new InvalidValueException(ModelField.PRESCRIPTION_RAMP_UP, text, FORM);
        }
        return new RampUpSets(RampUp.of(stages), bar);
    }

    /** As written: {@code standard}, {@code bar x10, 50% x5 on 15kg bar}. */
    public String text() {
        String sets = scheme.equals(RampUp.standard()) ? STANDARD : schemeText(scheme);
        return bar == null ? sets : sets + " on " + bar.text() + " bar";
    }

    private static String schemeText(RampUp scheme) {
        List<String> parts = new ArrayList<>();
        for (RampUp.Stage stage : scheme.stages()) {
            parts.add((stage.percent() == null ? "bar" : stage.percent().toPlainString() + "%") + " x" + stage.reps());
        }
        return String.join(", ", parts);
    }

    public Optional<Weight> barOf() {
        return Optional.ofNullable(bar);
    }

    /** The bar and plates for a working load in {@code unit}: the given bar, or that unit's standard one. */
    public Plates plates(WeightUnit unit) {
        if (bar == null) {
            return Plates.standard(unit);
        }
        return Plates.standard(bar.unit()).withBar(bar);
    }

    /**
     * Why these sets cannot go before {@code working}, or empty when they can: a body-weight load
     * has no bar to ramp, and a fixed load must be heavier than the bar.
     */
    Optional<String> misfit(Load working) {
        if (working instanceof Load.BodyWeight) {
            return Optional.of("applies to a lift with a fixed or relative load, not " + working.human());
        }
        if (working instanceof Load.Absolute absolute) {
            Plates plates = plates(absolute.weight().unit());
            if (absolute.weight().in(plates.unit()).compareTo(plates.bar()) <= 0) {
                return Optional.of("needs a working load heavier than the "
                        + plates.bar().human() + " bar; the load is " + working.human());
            }
        }
        return Optional.empty();
    }

    /**
     * The sets to do before a working set of {@code working} ({@code null} when unsaid), lightest
     * first: with a fixed load, what each weighs and its plates per side, sets that would be no
     * heavier than the bar or too close to the next left out; otherwise each stage of the scheme as
     * a share of the working load.
     */
    public List<RampSet> setsFor(Load working) {
        List<RampSet> sets = new ArrayList<>();
        if (working instanceof Load.Absolute absolute) {
            Plates plates = plates(absolute.weight().unit());
            RampUpPlan plan = scheme.to(absolute.weight(), plates);
            for (RampUpPlan.RampSet set : plan.sets()) {
                String at = set.stage().percent() == null
                        ? "empty bar (" + set.load().human() + ")"
                        : set.load().human() + ", " + set.loading().platesText();
                sets.add(new RampSet(set.reps(), at));
            }
            return sets;
        }
        for (RampUp.Stage stage : scheme.stages()) {
            String at = stage.percent() == null
                    ? bar == null ? "empty bar" : "empty bar (" + bar.human() + ")"
                    : stage.percent().toPlainString() + " % of the working load";
            sets.add(new RampSet(stage.reps(), at));
        }
        return sets;
    }

    /**
     * One ramp-up set as it is done: its reps and what it is lifted with, in words ({@code empty
     * bar (20 kg)}, {@code 60 kg, 20 kg per side}, {@code 40 % of the working load}).
     */
    public record RampSet(int reps, String load) {
        /** {@code 5 reps at 60 kg, 20 kg per side}; the empty bar: {@code 10 reps, empty bar (20 kg)}. */
        public String human() {
            String count = reps + (reps == 1 ? " rep" : " reps");
            return load.startsWith("empty bar") ? count + ", " + load : count + " at " + load;
        }
    }
}
