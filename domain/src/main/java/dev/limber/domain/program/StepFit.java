package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Laterality;
import java.util.Optional;

/**
 * Whether a step fits the exercise it names: the exercise is known, and a per-side dose is not put
 * on an exercise that works both sides at once. The one home of both invariants and of their
 * wording: {@link ExerciseStep#of(Exercise, Prescription)} throws it, the store refuses an import
 * or a save with it, and the guideline rules report it as findings.
 */
public final class StepFit {
    private StepFit() {}

    /** The invariants a step can break. */
    public enum Invariant {
        /** The step names an exercise the catalog (or store) holds. */
        KNOWN_EXERCISE,
        /** A per-side dose only on an exercise that works one side at a time or alternates. */
        LATERALITY
    }

    /**
     * Why a step does not fit.
     *
     * @param invariant the invariant it breaks
     * @param field     the step's field to fix
     * @param message   what is wrong, for people: the same words wherever it is reported
     */
    public record Misfit(Invariant invariant, ModelField field, String message) {}

    /**
     * Checks a step against the exercise it names.
     *
     * @param step     the step
     * @param exercise the exercise its id names, or empty when none has that id
     * @return the first invariant it breaks, or empty when it fits
     */
    public static Optional<Misfit> check(ExerciseStep step, Optional<Exercise> exercise) {
        if (exercise.isEmpty()) {
            return Optional.of(new Misfit(
                    Invariant.KNOWN_EXERCISE, ModelField.STEP_EXERCISE, "unknown exercise " + step.exercise()));
        }
        return laterality(exercise.get(), step.prescription())
                .map(refusal ->
                        new Misfit(Invariant.LATERALITY, ModelField.PRESCRIPTION_PER_SIDE, refusal.getMessage()));
    }

    /** Refuses a per-side dose of a bilateral exercise: it would double its time for nothing. */
    static void requireLaterality(Exercise exercise, Prescription prescription) {
        Optional<InvalidValueException> refusal = laterality(exercise, prescription);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private static Optional<InvalidValueException> laterality(Exercise exercise, Prescription prescription) {
        if (prescription.perSide() && exercise.laterality() == Laterality.BILATERAL) {
            return Optional.of(new InvalidValueException(
                    ModelField.PRESCRIPTION_PER_SIDE, true, "does not fit " + exercise.id() + ", which is bilateral"));
        }
        return Optional.empty();
    }
}
