package dev.limber.domain.rules;

import dev.limber.domain.program.Program;
import dev.limber.domain.program.StepFit;
import java.util.List;

/**
 * {@code laterality} (error): a per-side dose on an exercise that works both sides at once. A
 * program read from a document names exercises by id, so this is checked here rather than at
 * construction (where {@code ExerciseStep.of(Exercise, Prescription)} refuses it, in the same
 * words: {@link StepFit}).
 */
public final class LateralityRule implements Rule {
    public static final String ID = "laterality";

    /** The rule with its defaults; it has no thresholds. */
    public LateralityRule() {}

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
        return Misfits.of(this, StepFit.Invariant.LATERALITY, program, context);
    }
}
