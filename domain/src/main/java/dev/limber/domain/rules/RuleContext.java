package dev.limber.domain.rules;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.timing.Timing;
import java.util.Optional;

/**
 * What rules need besides the program: where to find the exercises it names and how to time
 * its steps.
 *
 * @param exercises resolves the ids steps name
 * @param timing    the duration arithmetic (its pace estimates rep-counted steps)
 */
public record RuleContext(ExerciseLookup exercises, Timing timing) {
    public RuleContext {
        Checks.required("exercises", exercises);
        Checks.required("timing", timing);
    }

    /** A context over these exercises with the standard pace. */
    public static RuleContext of(ExerciseLookup exercises) {
        return new RuleContext(exercises, Timing.standard());
    }

    public Optional<Exercise> exercise(ExerciseId id) {
        return exercises.find(id);
    }
}
