package dev.limber.domain.rules;

import dev.limber.domain.program.Program;
import dev.limber.domain.program.StepFit;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of a rule that reports one invariant of {@link StepFit}: the same English words a
 * store refuses the step with, under the keys {@code unknown-exercise.unknown} and
 * {@code laterality.per-side-on-bilateral} (argument {@code exercise}).
 */
final class Misfits {
    private Misfits() {}

    static List<Finding> of(Rule rule, StepFit.Invariant invariant, Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PlacedStep placed : PlacedStep.in(program)) {
            StepFit.check(placed.step(), context.exercise(placed.step().exercise()))
                    .filter(misfit -> misfit.invariant() == invariant)
                    .ifPresent(misfit -> findings.add(Finding.of(rule, placed.location(), text(misfit, placed))));
        }
        return findings;
    }

    private static Phrase text(StepFit.Misfit misfit, PlacedStep placed) {
        String key = switch (misfit.invariant()) {
            case KNOWN_EXERCISE -> UnknownExerciseRule.ID + ".unknown";
            case LATERALITY -> LateralityRule.ID + ".per-side-on-bilateral";
        };
        // The English bundle says what StepFit says (RulesTest pins both).
        return Phrase.of(key, "exercise", placed.step().exercise());
    }
}
