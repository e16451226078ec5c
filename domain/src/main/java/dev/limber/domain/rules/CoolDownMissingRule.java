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
 * cool-down step that stretches the hamstrings (a static stretch, mobility move or nerve glide
 * working them as primary or secondary target).
 */
public final class CoolDownMissingRule implements Rule {
    public static final String ID = "cool-down-missing";
    private static final Set<ExerciseKind> STRETCHING =
            EnumSet.of(ExerciseKind.STATIC_STRETCH, ExerciseKind.MOBILITY, ExerciseKind.NERVE_GLIDE);

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
        return "Static stretches once the muscles are warm lengthen the hamstrings and ease post-workout tightness.";
    }

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Session session : program.sessions()) {
            if (Loading.mainLoads(session, context, Target.LOWER_BODY) && !stretchesInCoolDown(session, context)) {
                findings.add(Finding.of(
                        this,
                        Location.session(session.name()),
                        "a lower-body session with no cool-down stretch for the " + stretched.externalName()));
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
