package dev.limber.domain.usecase;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.load.Plates;
import dev.limber.domain.load.RampUp;
import dev.limber.domain.load.RampUpPlan;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.port.Exercises;
import java.util.List;

/**
 * Computes the ramp-up sets of a lift to its first working set, with the plates per side of each;
 * stores nothing. The exercise must be in the catalog (an unknown id is refused with the nearest
 * ones).
 */
public final class BuildRampUp {
    private final FindExercise exercises;

    public BuildRampUp(Exercises exercises) {
        this.exercises = new FindExercise(Checks.required("exercises", exercises));
    }

    /**
     * What a ramp is asked with. Loads are given in {@code unit}: the working weight is converted
     * to it when written in the other one; a bar or plates in another unit are refused, never mixed.
     *
     * @param exercise the lift
     * @param work     the first working set's weight
     * @param sets     how many warm-up sets the scheme has (1–8; 4 is the standard scheme)
     * @param bar      the bar; {@code null} for 20 kg or 45 lb
     * @param plates   the plate sizes; {@code null} for the unit's standard set
     * @param unit     the unit of the answer; {@code null} for the work's own unit
     */
    public record Command(
            ExerciseId exercise, Weight work, int sets, Weight bar, List<Weight> plates, WeightUnit unit) {
        public Command {
            Checks.required("exercise", exercise);
            Checks.required("work", work);
            if (sets < 1 || sets > RampUp.MAX_SETS) {
                throw new InvalidValueException("sets", sets, "must be between 1 and " + RampUp.MAX_SETS);
            }
            unit = unit == null ? work.unit() : unit;
            if (bar != null && bar.unit() != unit) {
                throw new InvalidValueException(
                        "bar",
                        bar.text(),
                        "is in " + bar.unit().externalName() + " but the ramp is in " + unit.externalName()
                                + "; give the bar in " + unit.externalName());
            }
            if (plates != null) {
                plates = List.copyOf(plates);
                for (int i = 0; i < plates.size(); i++) {
                    if (plates.get(i).unit() != unit) {
                        throw new InvalidValueException(
                                "plates[" + i + "]",
                                plates.get(i).text(),
                                "is in " + plates.get(i).unit().externalName() + " but the ramp is in "
                                        + unit.externalName() + "; give the plates in " + unit.externalName());
                    }
                }
            }
        }

        /** The standard scheme on the unit's standard bar and plates. */
        public static Command standard(ExerciseId exercise, Weight work) {
            return new Command(exercise, work, 4, null, null, null);
        }

        /** The bar and plates this command asks for, defaults filled in. */
        public Plates plateSet() {
            Plates standard = Plates.standard(unit);
            return new Plates(bar == null ? standard.bar() : bar, plates == null ? standard.plates() : plates);
        }
    }

    /** The ramp and the exercise it is for. */
    public record Result(Exercise exercise, RampUpPlan plan) {}

    public Result build(Command command) {
        Checks.required("command", command);
        Plates plates = command.plateSet();
        RampUpPlan plan = RampUp.sets(command.sets()).to(command.work(), plates);
        Exercise exercise = exercises.byId(command.exercise()).value();
        return new Result(exercise, plan);
    }
}
