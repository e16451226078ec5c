package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code posterior-chain-balance} (info): a program that trains the lower body but has, in no
 * session of its week, strength work (moving or isometric) for the core (abdominals or obliques
 * as a primary target) and for the glutes. A finer part of an area counts for it.
 */
public final class PosteriorChainBalanceRule implements Rule {
    public static final String ID = "posterior-chain-balance";

    /** The rule with its defaults; it has no thresholds. */
    public PosteriorChainBalanceRule() {}

    private static final Set<Target> CORE = EnumSet.of(Target.ABDOMINALS, Target.OBLIQUES);
    private static final Set<Target> GLUTES = EnumSet.of(Target.GLUTES);

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
        boolean trainsLowerBody = false;
        for (Session session : program.sessions()) {
            trainsLowerBody |= Loading.mainLoads(session, context, Target.LOWER_BODY);
        }
        if (!trainsLowerBody) {
            return List.of();
        }
        boolean core = false;
        boolean glutes = false;
        for (PlacedStep placed : PlacedStep.in(program)) {
            Optional<Exercise> exercise = context.exercise(placed.step().exercise());
            if (exercise.isPresent() && exercise.get().kind().strengthens()) {
                core |= Loading.primaryWorks(exercise.get(), CORE);
                glutes |= Loading.primaryWorks(exercise.get(), GLUTES);
            }
        }
        if (core && glutes) {
            return List.of();
        }
        String key = core ? ".no-glute-work" : glutes ? ".no-core-work" : ".no-core-or-glute-work";
        return List.of(Finding.of(this, Location.program(), Phrase.of(ID + key)));
    }
}
