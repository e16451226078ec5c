package dev.limber.domain.plan;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.PlateLoading;
import dev.limber.domain.load.Weight;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Progression;
import java.util.List;
import java.util.Optional;

/**
 * One step of a planned session as it is done that week: its dose with the week's reps, sets and
 * a loadable weight in the plan's unit.
 *
 * @param phase        the phase it is in
 * @param circuit      the circuit it is in, {@code null} for none
 * @param exercise     the exercise
 * @param prescription the week's dose; its load, when the step has a weight, is the rounded one
 * @param progression  the progression that set it, {@code null} for none
 * @param target       the weight the scheme asks for before rounding, {@code null} when not a weight
 * @param loading      how the bar is loaded, {@code null} when not a weight or lighter than the bar
 * @param notes        what a lifter should know: rounding, converting, deloads, a deload week
 *
 * <p>A step with ramp-up sets keeps them on its prescription; {@link #rampUpSets()} works them
 * out from the week's rounded load, so each has its weight and plates per side.
 */
public record PlannedStep(
        PhaseKind phase,
        String circuit,
        ExerciseId exercise,
        Prescription prescription,
        Progression progression,
        Weight target,
        PlateLoading loading,
        List<String> notes) {
    public PlannedStep {
        notes = List.copyOf(notes);
    }

    /** The weight lifted that week, rounded to what the plates make; empty when the step has none. */
    public Optional<Weight> load() {
        return prescription
                .loadOf()
                .flatMap(load -> load instanceof dev.limber.domain.load.Load.Absolute absolute
                        ? Optional.of(absolute.weight())
                        : Optional.empty());
    }

    /**
     * The ramp-up sets before the first working set that week, lightest first, worked out from the
     * week's load (with a fixed load: each set's weight and plates per side); empty when the step has
     * none.
     */
    public List<dev.limber.domain.program.RampUpSets.RampSet> rampUpSets() {
        return prescription
                .rampUpOf()
                .map(sets -> sets.setsFor(prescription.load()))
                .orElse(List.of());
    }
}
