package dev.limber.domain.rules;

import dev.limber.domain.program.Program;
import dev.limber.domain.program.StepFit;
import java.util.List;

/**
 * {@code unknown-exercise} (error): a step names an exercise the catalog lacks, worded as a store
 * refuses it ({@link StepFit}).
 */
public final class UnknownExerciseRule implements Rule {
    public static final String ID = "unknown-exercise";

    /** The rule with its defaults; it has no thresholds. */
    public UnknownExerciseRule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String rationale() {
        // Worded once per rule, not per finding: the rule is immutable, so its rationale is too.
        String english = rationale;
        if (english == null) {
            english = FindingText.english(rationaleText());
            rationale = english;
        }
        return english;
    }

    private String rationale;

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        return Misfits.of(this, StepFit.Invariant.KNOWN_EXERCISE, program, context);
    }
}
