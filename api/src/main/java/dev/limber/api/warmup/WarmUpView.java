package dev.limber.api.warmup;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.api.openapi.ApiDocs;
import dev.limber.api.program.ProgramView;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.warmup.Budget;
import dev.limber.domain.warmup.WarmUpPlan;
import dev.limber.formats.duration.DurationText;
import dev.limber.formats.warmup.WarmUpText;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;

/**
 * A built warm-up: a {@code warm-up} phase whose steps read as in a program document, its total
 * duration, and which requested areas it covers, leaves uncovered, or has no move for at all.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WarmUpView(
        @Schema(ref = ApiDocs.PHASE_KIND, requiredMode = Schema.RequiredMode.REQUIRED)
        String phase,

        List<ProgramView.StepView> steps,

        @Schema(ref = ApiDocs.DURATION, requiredMode = Schema.RequiredMode.REQUIRED)
        String totalDuration,

        long totalSeconds,

        @ArraySchema(
                schema = @Schema(ref = ApiDocs.TARGET),
                arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        List<String> requested,

        @ArraySchema(
                schema = @Schema(ref = ApiDocs.TARGET),
                arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        List<String> covered,

        @ArraySchema(
                schema = @Schema(ref = ApiDocs.TARGET),
                arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        List<String> uncovered,

        @ArraySchema(
                schema = @Schema(ref = ApiDocs.TARGET),
                arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        List<String> noCandidate,

        long shortOfMinimumSeconds,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Notes for people: a budget outside the article's 5 to 10 minutes (allowed) says so.")
        List<String> notes) {

    public static WarmUpView of(WarmUpPlan plan, Budget budget) {
        return new WarmUpView(
                "warm-up",
                plan.steps().stream().map(ProgramView.StepView::of).toList(),
                DurationText.write(plan.total()),
                plan.total().getSeconds(),
                names(plan.requested()),
                names(plan.covered()),
                names(plan.uncovered()),
                names(plan.noCandidate()),
                plan.shortOfMinimum().getSeconds(),
                WarmUpText.habitNote(budget).stream().toList());
    }

    private static List<String> names(Set<Target> targets) {
        return targets.stream().sorted().map(Target::externalName).toList();
    }
}
