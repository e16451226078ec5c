package dev.limber.domain.rules;

import dev.limber.domain.program.Program;
import dev.limber.domain.program.StepFit;
import java.util.ArrayList;
import java.util.List;

/** The findings of a rule that reports one invariant of {@link StepFit}, in its wording. */
final class Misfits {
    private Misfits() {}

    static List<Finding> of(Rule rule, StepFit.Invariant invariant, Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PlacedStep placed : PlacedStep.in(program)) {
            StepFit.check(placed.step(), context.exercise(placed.step().exercise()))
                    .filter(misfit -> misfit.invariant() == invariant)
                    .ifPresent(misfit -> findings.add(Finding.of(rule, placed.location(), misfit.message())));
        }
        return findings;
    }
}
