package dev.limber.domain.program;

import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import java.util.ArrayList;
import java.util.List;

/** A warm-up, main or cool-down part of a session with its ordered steps. */
public record Phase(PhaseKind kind, List<Step> steps) {
    public Phase {
        Checks.required(ModelField.PHASE_KIND, kind);
        steps = Checks.atMost(ModelField.PHASE_STEPS, Checks.nonEmpty(ModelField.PHASE_STEPS, steps), Limits.STEPS);
    }

    public static Phase of(PhaseKind kind, Step... steps) {
        return new Phase(kind, List.of(steps));
    }

    /** Every exercise step in order, with circuits opened (each circuit step once). */
    public List<ExerciseStep> exerciseSteps() {
        List<ExerciseStep> all = new ArrayList<>();
        for (Step step : steps) {
            all.addAll(step.exerciseSteps());
        }
        return List.copyOf(all);
    }
}
