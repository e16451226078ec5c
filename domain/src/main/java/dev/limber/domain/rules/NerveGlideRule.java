package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.NerveGlides;
import dev.limber.domain.program.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code nerve-glide} (info): every nerve-glide step, wherever it sits, with the article's
 * condition for nerve flossing and its caution. A nerve glide counts neither as a stretch
 * ({@code cool-down-missing}) nor as warm-up work ({@code warm-up-coverage}), so this is where a
 * reader learns what it is for.
 */
public final class NerveGlideRule implements Rule {
    public static final String ID = "nerve-glide";

    /** The rule with its defaults; it has no thresholds. */
    public NerveGlideRule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String rationale() {
        return "Sometimes what feels like tight hamstrings is nerve tension, and the article offers nerve flossing"
                + " when traditional stretching doesn't relieve it. Evidence is mixed: a meta-analysis of small,"
                + " heterogeneous trials (López-López et al. 2019) found gains in hamstring range of motion; it"
                + " replaces neither stretching nor a warm-up, and radiating pain, numbness or tingling call for a"
                + " clinician.";
    }

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PlacedStep placed : PlacedStep.in(program)) {
            Optional<Exercise> exercise = context.exercise(placed.step().exercise());
            if (exercise.isPresent() && exercise.get().kind() == ExerciseKind.NERVE_GLIDE) {
                findings.add(Finding.of(this, placed.location(), NerveGlides.note(exercise.get())));
            }
        }
        return findings;
    }
}
