package dev.limber.domain.load;

import dev.limber.domain.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Warm-up sets of a lift up to its first working set: the specific warm-up of a heavy lift. The
 * {@link #standard()} scheme is the empty bar × 10, then about 40 % × 5, 60 % × 3 and 80 % × 2 of
 * the working weight; {@link #sets(int)} spreads another number of sets the same way; {@link #of}
 * takes any list. Each set is rounded to what the plates make; a set is left out (and said so)
 * when it would be no heavier than the empty bar, or closer to the next set than {@link #MIN_GAP_PERCENT}
 * % of the working weight (or one plate step, whichever is more).
 *
 * @param stages the warm-up sets, lightest first
 */
public record RampUp(List<Stage> stages) {
    public static final int MAX_SETS = 8;

    /** Sets closer than this share of the working weight to the next one are left out. */
    public static final int MIN_GAP_PERCENT = 10;

    /**
     * One warm-up set: {@code percent} of the working weight ({@code null} for the empty bar)
     * for {@code reps}.
     */
    public record Stage(BigDecimal percent, int reps) {
        public Stage {
            if (percent != null && (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0)) {
                throw new InvalidValueException("percent", percent, "must be above 0 and below 100");
            }
            if (reps < 1 || reps > 20) {
                throw new InvalidValueException("reps", reps, "must be between 1 and 20");
            }
        }

        public static Stage emptyBar(int reps) {
            return new Stage(null, reps);
        }

        public static Stage percent(int percent, int reps) {
            return new Stage(BigDecimal.valueOf(percent), reps);
        }

        /** {@code empty bar}, {@code 40 %}. */
        public String label() {
            return percent == null ? "empty bar" : percent.stripTrailingZeros().toPlainString() + " %";
        }
    }

    public RampUp {
        if (stages == null || stages.isEmpty() || stages.size() > MAX_SETS) {
            throw new InvalidValueException(
                    "sets", stages == null ? null : stages.size(), "must be between 1 and " + MAX_SETS);
        }
        stages = List.copyOf(stages);
    }

    /** Empty bar × 10, 40 % × 5, 60 % × 3, 80 % × 2. */
    public static RampUp standard() {
        return sets(4);
    }

    /**
     * {@code count} warm-up sets: the empty bar × 10, then the rest spread evenly from 40 % to
     * 80 % (one set: the bar only; two: the bar and 60 %), reps falling as the weight rises
     * (5 up to 45 %, 3 up to 65 %, 2 up to 85 %, then 1).
     */
    public static RampUp sets(int count) {
        if (count < 1 || count > MAX_SETS) {
            throw new InvalidValueException("sets", count, "must be between 1 and " + MAX_SETS);
        }
        List<Stage> stages = new ArrayList<>();
        stages.add(Stage.emptyBar(10));
        int loaded = count - 1;
        for (int i = 0; i < loaded; i++) {
            BigDecimal percent = loaded == 1
                    ? BigDecimal.valueOf(60)
                    : BigDecimal.valueOf(40L * (loaded - 1) + 40L * i)
                            .divide(BigDecimal.valueOf(loaded - 1), 0, RoundingMode.HALF_UP);
            stages.add(new Stage(percent, repsAt(percent)));
        }
        return new RampUp(stages);
    }

    public static RampUp of(List<Stage> stages) {
        return new RampUp(stages);
    }

    private static int repsAt(BigDecimal percent) {
        int p = percent.intValue();
        return p <= 45 ? 5 : p <= 65 ? 3 : p <= 85 ? 2 : 1;
    }

    /**
     * The warm-up sets before a working set of {@code work}, on these plates (the work converted
     * to their unit when it is in another).
     */
    public RampUpPlan to(Weight work, Plates plates) {
        Weight inUnit = work.in(plates.unit());
        if (inUnit.compareTo(plates.bar()) < 0) {
            throw new InvalidValueException(
                    "work", work.text(), "is lighter than the " + plates.bar().human() + " bar");
        }
        PlateLoading top = plates.load(work);
        Weight gap = inUnit.times(BigDecimal.valueOf(MIN_GAP_PERCENT, 2));
        if (gap.compareTo(plates.increment()) < 0) {
            gap = plates.increment();
        }
        List<RampUpPlan.RampSet> kept = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Weight next = top.loaded();
        for (int i = stages.size() - 1; i >= 0; i--) {
            Stage stage = stages.get(i);
            Weight target = stage.percent() == null
                    ? plates.bar()
                    : inUnit.times(stage.percent().movePointLeft(2));
            PlateLoading loading = plates.load(target);
            if (stage.percent() != null && loading.loaded().compareTo(plates.bar()) <= 0) {
                skipped.add(stage.label() + " (" + target.human() + ") is no heavier than the "
                        + plates.bar().human() + " bar");
                continue;
            }
            BigDecimal apart = next.amount().subtract(loading.loaded().amount());
            if (apart.compareTo(gap.amount()) < 0) {
                skipped.add(stage.label() + " (" + loading.loaded().human() + ") is within " + gap.human()
                        + " of the next set (" + next.human() + ")");
                continue;
            }
            kept.add(new RampUpPlan.RampSet(stage, loading));
            next = loading.loaded();
        }
        Collections.reverse(kept);
        Collections.reverse(skipped);
        return new RampUpPlan(work, plates.bar(), top, kept, skipped);
    }
}
