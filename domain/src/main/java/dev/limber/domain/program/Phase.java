package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A warm-up, main or cool-down part of a session with its ordered steps. */
public record Phase(PhaseKind kind, List<Step> steps) {
    public Phase {
        Checks.required(ModelField.PHASE_KIND, kind);
        steps = Checks.atMost(ModelField.PHASE_STEPS, Checks.nonEmpty(ModelField.PHASE_STEPS, steps), Limits.STEPS);
    }

    public static Phase of(PhaseKind kind, Step... steps) {
        return new Phase(kind, List.of(steps));
    }

    /** This phase with other steps. */
    public Phase withSteps(List<Step> newSteps) {
        return new Phase(kind, newSteps);
    }

    /** This phase with the step at {@code index} (0 is the first) replaced. */
    public Phase withStep(int index, Step step) {
        List<Step> changed = new ArrayList<>(steps);
        changed.set(checkedIndex(index, steps.size()), step);
        return withSteps(changed);
    }

    /** This phase with the step at {@code index} changed by {@code change}. */
    public Phase withStep(int index, UnaryOperator<Step> change) {
        return withStep(index, change.apply(steps.get(checkedIndex(index, steps.size()))));
    }

    /** This phase with {@code step} put at {@code index}, the later steps moving down; {@code steps().size()} appends. */
    public Phase withStepInserted(int index, Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(checkedIndex(index, steps.size() + 1), step);
        return withSteps(more);
    }

    /** This phase with one more step, last. */
    public Phase withStepAdded(Step step) {
        return withStepInserted(steps.size(), step);
    }

    /** This phase without the step at {@code index}; refused when it is the only one (a phase has steps). */
    public Phase withoutStep(int index) {
        List<Step> fewer = new ArrayList<>(steps);
        fewer.remove(checkedIndex(index, steps.size()));
        return withSteps(fewer);
    }

    private static int checkedIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new InvalidValueException(
                    ModelField.PHASE_STEPS, index, "has no step at that index (0 to " + (size - 1) + ")");
        }
        return index;
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
