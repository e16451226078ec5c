package dev.limber.api.warmup;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.api.program.ProgramView;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.warmup.WarmUpPlan;
import dev.limber.formats.duration.DurationText;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Set;

/**
 * A built warm-up: a {@code warm-up} phase whose steps read as in a program document, its total
 * duration, and which requested areas it covers, leaves uncovered, or has no move for at all.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WarmUpView(
        String phase,
        List<ProgramView.StepView> steps,
        String totalDuration,
        long totalSeconds,
        List<String> requested,
        List<String> covered,
        List<String> uncovered,
        List<String> noCandidate,
        long shortOfMinimumSeconds) {

    public static WarmUpView of(WarmUpPlan plan) {
        return new WarmUpView(
                "warm-up",
                plan.steps().stream().map(ProgramView.StepView::of).toList(),
                DurationText.write(plan.total()),
                plan.total().getSeconds(),
                names(plan.requested()),
                names(plan.covered()),
                names(plan.uncovered()),
                names(plan.noCandidate()),
                plan.shortOfMinimum().getSeconds());
    }

    private static List<String> names(Set<Target> targets) {
        return targets.stream().sorted().map(Target::externalName).toList();
    }
}
