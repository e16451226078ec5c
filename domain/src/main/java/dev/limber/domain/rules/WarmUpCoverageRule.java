package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code warm-up-coverage} (warning): a primary target of a main-phase exercise that no warm-up
 * step works (as primary or secondary). One finding per session lists every missing area and
 * the exercises that need it. Sessions without a warm-up are left to {@code warm-up-missing}.
 */
public final class WarmUpCoverageRule implements Rule {
    public static final String ID = "warm-up-coverage";

    /** The rule with its defaults; it has no thresholds. */
    public WarmUpCoverageRule() {}

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
        return "Warm up every muscle you are about to load, or the one you skipped takes the strain.";
    }

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Session session : program.sessions()) {
            if (session.phase(PhaseKind.WARM_UP).isEmpty()) {
                continue;
            }
            Set<Target> warmed = EnumSet.noneOf(Target.class);
            Map<Target, Set<String>> needed = new TreeMap<>();
            int warmUpIndex = -1;
            for (PlacedStep placed : PlacedStep.in(session)) {
                Optional<Exercise> exercise = context.exercise(placed.step().exercise());
                if (placed.phase().kind() == PhaseKind.WARM_UP) {
                    warmUpIndex = warmUpIndex < 0 ? placed.phaseIndex() : warmUpIndex;
                    exercise.ifPresent(e -> warmed.addAll(e.targets()));
                } else if (placed.phase().kind() == PhaseKind.MAIN && exercise.isPresent()) {
                    for (Target target : exercise.get().primary()) {
                        needed.computeIfAbsent(target, t -> new TreeSet<>())
                                .add(exercise.get().id().value());
                    }
                }
            }
            needed.keySet().removeAll(warmed);
            if (!needed.isEmpty()) {
                List<String> parts = new ArrayList<>();
                needed.forEach((target, by) -> parts.add(target.externalName() + " (" + String.join(", ", by) + ")"));
                findings.add(Finding.of(
                        this,
                        Location.phase(session.name(), warmUpIndex, PhaseKind.WARM_UP),
                        "the warm-up does not reach " + String.join(", ", parts)));
            }
        }
        return findings;
    }
}
