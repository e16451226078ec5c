package dev.limber.api.deskbreak;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.api.openapi.ApiDocs;
import dev.limber.api.program.ProgramView;
import dev.limber.domain.deskbreak.DeskBreakPlan;
import dev.limber.formats.duration.DurationText;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A working day's breaks from sitting, each with the same short routine. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeskBreakView(
        String start,
        String end,

        @Schema(ref = ApiDocs.DURATION, requiredMode = Schema.RequiredMode.REQUIRED)
        String every,

        RoutineView routine,
        List<BreakView> breaks) {

    /** What to do at each break, with its length. */
    @Serdeable
    public record RoutineView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<ProgramView.StepView> steps,

            @Schema(ref = ApiDocs.DURATION, requiredMode = Schema.RequiredMode.REQUIRED)
            String totalDuration,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            long totalSeconds) {}

    /** One break: stand up at {@code at}, sit back down at {@code until} (local times, HH:mm:ss). */
    @Serdeable
    public record BreakView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String at,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String until) {}

    public static DeskBreakView of(DeskBreakPlan plan) {
        RoutineView routine = new RoutineView(
                plan.routine().name(),
                plan.routine().phases().stream()
                        .flatMap(phase -> phase.steps().stream())
                        .map(ProgramView.StepView::of)
                        .toList(),
                DurationText.write(plan.routineLength()),
                plan.routineLength().getSeconds());
        return new DeskBreakView(
                plan.start().toString(),
                plan.end().toString(),
                DurationText.write(plan.interval()),
                routine,
                plan.breaks().stream()
                        .map(b -> new BreakView(b.at().toString(), b.until().toString()))
                        .toList());
    }
}
