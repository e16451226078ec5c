package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.program.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code laterality} (error): a per-side dose on an exercise that works both sides at once. A
 * program read from a document names exercises by id, so this is checked here rather than at
 * construction (where {@code ExerciseStep.of(Exercise, Prescription)} refuses it).
 */
public final class LateralityRule implements Rule {
    public static final String ID = "laterality";

    /** The rule with its defaults; it has no thresholds. */
    public LateralityRule() {
    }

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
        return "A per-side dose doubles the time of a move that already works both sides.";
    }

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PlacedStep placed : PlacedStep.in(program)) {
            Optional<Exercise> exercise = context.exercise(placed.step().exercise());
            if (placed.step().prescription().perSide() && exercise.isPresent()
                    && exercise.get().laterality() == Laterality.BILATERAL) {
                findings.add(Finding.of(this, placed.location(), placed.step().exercise()
                        + " works both sides at once, so its dose must not be per side"));
            }
        }
        return findings;
    }
}
