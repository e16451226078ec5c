package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.load.Load;

/**
 * One exercise with its dose. It names the exercise by id, as a program document does; the
 * {@code unknown-exercise} and {@code laterality} checks resolve it against a catalog ({@link StepFit}).
 *
 * @param exercise     the exercise's id
 * @param prescription its dose
 * @param note         an optional note for this step (a cue specific to this program)
 * @param progression  how its load changes over the weeks of the program; {@code null} for not at all
 */
public record ExerciseStep(ExerciseId exercise, Prescription prescription, String note, Progression progression)
        implements Step {
    public ExerciseStep {
        Checks.required(ModelField.STEP_EXERCISE, exercise);
        Checks.required(ModelField.STEP_PRESCRIPTION, prescription);
        note = Checks.paragraphOrNull(ModelField.STEP_NOTE, note, Limits.PARAGRAPH);
        if (progression != null) {
            checkProgression(prescription, progression);
        }
    }

    /** A step without a progression. */
    public ExerciseStep(ExerciseId exercise, Prescription prescription, String note) {
        this(exercise, prescription, note, null);
    }

    public static ExerciseStep of(String exerciseId, Prescription prescription) {
        return new ExerciseStep(ExerciseId.of(exerciseId), prescription, null);
    }

    /**
     * A step for an exercise at hand, refusing a per-side dose of an exercise that works both
     * sides at once.
     */
    public static ExerciseStep of(Exercise exercise, Prescription prescription) {
        checkLaterality(exercise, prescription);
        return new ExerciseStep(exercise.id(), prescription, null);
    }

    @Override
    public java.util.List<ExerciseStep> exerciseSteps() {
        return java.util.List.of(this);
    }

    public ExerciseStep withNote(String text) {
        return new ExerciseStep(exercise, prescription, text, progression);
    }

    /** This step progressing as {@code how} over the weeks; {@code null} for not at all. */
    public ExerciseStep withProgression(Progression how) {
        return new ExerciseStep(exercise, prescription, note, how);
    }

    /** This step with another dose, its note and progression kept. */
    public ExerciseStep withPrescription(Prescription dose) {
        return new ExerciseStep(exercise, dose, note, progression);
    }

    /**
     * Refuses a per-side dose of a bilateral exercise ({@link StepFit}): it would double its time
     * for nothing.
     */
    public static void checkLaterality(Exercise exercise, Prescription prescription) {
        StepFit.requireLaterality(exercise, prescription);
    }

    /**
     * Refuses a progression its dose cannot carry: linear and double progressions add to a weight
     * or a percentage of the max, in the increment's unit; double progressions and weekly waves
     * count reps; a weekly wave sets its loads as percentages of the max.
     */
    private static void checkProgression(Prescription prescription, Progression progression) {
        Load load = prescription.load();
        if (progression instanceof Progression.Linear linear) {
            checkAddsTo(load, linear.increment(), progression);
        } else if (progression instanceof Progression.DoubleProgression range) {
            checkAddsTo(load, range.increment(), progression);
            if (!(prescription.dose() instanceof Dose.Reps reps)
                    || reps.count() < range.low()
                    || reps.count() > range.high()) {
                throw refuse(
                        progression,
                        "needs a rep dose within its range " + range.low() + "-" + range.high()
                                + " to start from (the reps rise from there)");
            }
        } else {
            if (!(prescription.dose() instanceof Dose.Reps)) {
                throw refuse(progression, "sets reps and sets week by week; give the step a rep dose");
            }
            if (load != null && !(load instanceof Load.Relative)) {
                throw refuse(
                        progression,
                        "sets its loads as percentages of the reference max; leave the step's load out or give"
                                + " a percentage (was " + load.text() + ")");
            }
        }
    }

    private static void checkAddsTo(Load load, dev.limber.domain.load.Weight increment, Progression progression) {
        if (!(load instanceof Load.Absolute) && !(load instanceof Load.Relative)) {
            throw refuse(
                    progression,
                    "needs a load to add to: give the step a weight (100kg) or a percentage of the max (75%)");
        }
        if (load instanceof Load.Absolute absolute && absolute.weight().unit() != increment.unit()) {
            throw refuse(
                    progression,
                    "adds " + increment.unit().externalName() + " to a load in "
                            + absolute.weight().unit().externalName() + " (" + load.text()
                            + "); give both in one unit");
        }
    }

    private static InvalidValueException refuse(Progression progression, String problem) {
        return new InvalidValueException(ModelField.STEP_PROGRESSION, progression.text(), problem);
    }
}
