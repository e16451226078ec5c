package dev.limber.domain.program;

import dev.limber.domain.Checks;
import dev.limber.domain.InvalidValueException;
import java.time.Duration;
import java.util.List;

/**
 * A block of exercise steps done one after the other and repeated for a number of rounds, with
 * rest between rounds (not after the last), as core-and-glute work usually is.
 */
public record Circuit(String name, List<ExerciseStep> steps, int rounds, Duration restBetweenRounds)
        implements Step {
    static final int MAX_ROUNDS = 50;

    public Circuit {
        name = Checks.notBlank("circuit.name", name);
        steps = Checks.nonEmpty("circuit.steps", steps);
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            throw new InvalidValueException("circuit.rounds", rounds, "must be between 1 and " + MAX_ROUNDS);
        }
        Checks.notNegative("circuit.rest", restBetweenRounds);
    }

    @Override
    public List<ExerciseStep> exerciseSteps() {
        return steps;
    }

    public static Circuit of(String name, int rounds, Duration restBetweenRounds, ExerciseStep... steps) {
        return new Circuit(name, List.of(steps), rounds, restBetweenRounds);
    }
}
