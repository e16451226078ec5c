package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
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
        // Worded once per rule, not per finding: the rule is immutable, so its rationale is too.
        String english = rationale;
        if (english == null) {
            english = FindingText.english(rationaleText());
            rationale = english;
        }
        return english;
    }

    private String rationale;

    /**
     * The article's condition and a caution for a nerve glide: key {@code nerve-glide.note}, with
     * the exercise and its caution (the exercise's own, a catalog text, or the general one under
     * {@code nerve-glide.caution}).
     */
    static Phrase note(Exercise exercise) {
        Object caution = exercise.cautionNote().<Object>map(own -> own).orElse(Phrase.of(ID + ".caution"));
        return Phrase.of(ID + ".note", "exercise", exercise.id(), "caution", caution);
    }

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PlacedStep placed : PlacedStep.in(program)) {
            Optional<Exercise> exercise = context.exercise(placed.step().exercise());
            if (exercise.isPresent() && exercise.get().kind() == ExerciseKind.NERVE_GLIDE) {
                findings.add(Finding.of(this, placed.location(), note(exercise.get())));
            }
        }
        return findings;
    }
}
