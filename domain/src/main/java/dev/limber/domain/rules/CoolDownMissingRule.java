package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cool-down-missing} (info): a session whose main phase loads the lower body has no
 * cool-down step that stretches the hamstrings (a static stretch or mobility move working them, or
 * a finer part of them, as primary or secondary target: {@link Exercise#works}). A nerve glide is not a stretch: a cool-down of nerve flossing alone
 * still raises the finding, which then carries the article's condition for flossing and its
 * caution.
 */
public final class CoolDownMissingRule implements Rule {
    public static final String ID = "cool-down-missing";
    private static final Set<ExerciseKind> STRETCHING = EnumSet.of(ExerciseKind.STATIC_STRETCH, ExerciseKind.MOBILITY);

    private final Target stretched;

    public CoolDownMissingRule() {
        this(Target.HAMSTRINGS);
    }

    /** @param stretched the area the cool-down must stretch */
    public CoolDownMissingRule(Target stretched) {
        this.stretched = Checks.required("stretched", stretched);
    }

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

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Session session : program.sessions()) {
            if (Loading.mainLoads(session, context, Target.LOWER_BODY) && !stretchesInCoolDown(session, context)) {
                List<Phrase> glides = new ArrayList<>();
                for (PlacedStep placed : PlacedStep.in(session)) {
                    context.exercise(placed.step().exercise())
                            .filter(e -> placed.phase().kind() == PhaseKind.COOL_DOWN
                                    && e.kind() == ExerciseKind.NERVE_GLIDE)
                            .map(NerveGlideRule::note)
                            .filter(note -> !glides.contains(note))
                            .ifPresent(glides::add);
                }
                findings.add(Finding.of(
                        this,
                        Location.session(session.name()),
                        glides.isEmpty()
                                ? Phrase.of(ID + ".no-stretch", "target", stretched)
                                : Phrase.of(
                                        ID + ".no-stretch-but-nerve-glides",
                                        "target",
                                        stretched,
                                        "nerveGlides",
                                        Phrase.series(Phrase.Series.SEMICOLONS, glides))));
            }
        }
        return findings;
    }

    private boolean stretchesInCoolDown(Session session, RuleContext context) {
        for (PlacedStep placed : PlacedStep.in(session)) {
            if (placed.phase().kind() != PhaseKind.COOL_DOWN) {
                continue;
            }
            Optional<Exercise> exercise = context.exercise(placed.step().exercise());
            if (exercise.isPresent()
                    && STRETCHING.contains(exercise.get().kind())
                    && exercise.get().works(stretched)) {
                return true;
            }
        }
        return false;
    }
}
