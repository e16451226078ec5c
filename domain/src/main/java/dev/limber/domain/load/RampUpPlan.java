package dev.limber.domain.load;

import java.util.List;

/**
 * The warm-up sets before a working set, lightest first, each with its plates per side; and the
 * sets of the scheme that were left out, each with its reason.
 *
 * @param work    the working weight as asked for
 * @param bar     the empty bar
 * @param working how the bar is loaded for the working set
 * @param sets    the warm-up sets to do
 * @param skipped why each left-out set was left out ({@code 40 % (16 kg) is lighter than the 20 kg bar})
 */
public record RampUpPlan(Weight work, Weight bar, PlateLoading working, List<RampSet> sets, List<String> skipped) {
    public RampUpPlan {
        sets = List.copyOf(sets);
        skipped = List.copyOf(skipped);
    }

    /** The unit every load of the plan is given in: the plates'. */
    public WeightUnit unit() {
        return working.loaded().unit();
    }

    /** One warm-up set: the stage of the scheme it comes from, and its loading. */
    public record RampSet(RampUp.Stage stage, PlateLoading loading) {
        public int reps() {
            return stage.reps();
        }

        public Weight load() {
            return loading.loaded();
        }
    }
}
