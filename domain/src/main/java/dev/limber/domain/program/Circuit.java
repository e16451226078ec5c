package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import java.time.Duration;
import java.util.List;

/**
 * A block of exercise steps done one after the other and repeated for a number of rounds, with
 * rest between rounds (not after the last), as core-and-glute work usually is.
 */
public record Circuit(String name, List<ExerciseStep> steps, int rounds, Duration restBetweenRounds) implements Step {
    static final int MAX_ROUNDS = 50;

    public Circuit {
        name = Checks.line(ModelField.CIRCUIT_NAME, name, Limits.NAME);
        steps = Checks.atMost(
                ModelField.CIRCUIT_STEPS, Checks.nonEmpty(ModelField.CIRCUIT_STEPS, steps), Limits.CIRCUIT_STEPS);
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            throw new InvalidValueException(ModelField.CIRCUIT_ROUNDS, rounds, "must be between 1 and " + MAX_ROUNDS);
        }
        Checks.notNegative(ModelField.CIRCUIT_REST_BETWEEN_ROUNDS, restBetweenRounds);
        Checks.wholeSeconds(ModelField.CIRCUIT_REST_BETWEEN_ROUNDS, restBetweenRounds);
        Checks.atMost(ModelField.CIRCUIT_REST_BETWEEN_ROUNDS, restBetweenRounds, Limits.REST);
    }

    @Override
    public List<ExerciseStep> exerciseSteps() {
        return steps;
    }

    public static Circuit of(String name, int rounds, Duration restBetweenRounds, ExerciseStep... steps) {
        return new Circuit(name, List.of(steps), rounds, restBetweenRounds);
    }
}
