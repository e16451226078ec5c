package dev.limber.domain.program;

import java.util.List;

/**
 * One thing to do in a phase: a single exercise, or a circuit of them repeated in rounds.
 * (Java 17 has no pattern switch, so what callers need from both kinds is a method here.)
 */
public sealed interface Step permits ExerciseStep, Circuit {

    /** The exercise steps inside, in order: itself, or a circuit's steps once each. */
    List<ExerciseStep> exerciseSteps();
}
