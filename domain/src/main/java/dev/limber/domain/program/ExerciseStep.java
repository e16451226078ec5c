package dev.limber.domain.program;

import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;

/**
 * One exercise with its dose. It names the exercise by id, as a program document does; the
 * {@code unknown-exercise} and {@code laterality} checks resolve it against a catalog ({@link StepFit}).
 *
 * @param exercise     the exercise's id
 * @param prescription its dose
 * @param note         an optional note for this step (a cue specific to this program)
 */
public record ExerciseStep(ExerciseId exercise, Prescription prescription, String note) implements Step {
    public ExerciseStep {
        Checks.required(ModelField.STEP_EXERCISE, exercise);
        Checks.required(ModelField.STEP_PRESCRIPTION, prescription);
        note = Checks.paragraphOrNull(ModelField.STEP_NOTE, note, Limits.PARAGRAPH);
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
        return new ExerciseStep(exercise, prescription, text);
    }

    /**
     * Refuses a per-side dose of a bilateral exercise ({@link StepFit}): it would double its time
     * for nothing.
     */
    public static void checkLaterality(Exercise exercise, Prescription prescription) {
        StepFit.requireLaterality(exercise, prescription);
    }
}
