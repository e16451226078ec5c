package dev.limber.domain.rules;

import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code warm-up-missing} (warning): a session whose main phase loads the lower body has no
 * warm-up. Loading means a strength, isometric, plyometric, cardio or dynamic exercise with one of the areas
 * (by default {@link Target#LOWER_BODY}) as a primary target.
 */
public final class WarmUpMissingRule implements Rule {
    public static final String ID = "warm-up-missing";

    private final Set<Target> areas;

    public WarmUpMissingRule() {
        this(Target.LOWER_BODY);
    }

    /** @param areas the areas whose loading calls for a warm-up */
    public WarmUpMissingRule(Set<Target> areas) {
        this.areas = Set.copyOf(EnumSet.copyOf(Checks.nonEmpty("areas", areas)));
    }

    public Set<Target> areas() {
        return areas;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
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
            Set<Target> loaded = Loading.mainLoaded(session, context, areas);
            if (session.phase(PhaseKind.WARM_UP).isEmpty() && !loaded.isEmpty()) {
                findings.add(Finding.of(
                        this,
                        Location.session(session.name()),
                        Phrase.of(ID + ".no-warm-up", "loaded", List.copyOf(loaded))));
            }
        }
        return findings;
    }
}
