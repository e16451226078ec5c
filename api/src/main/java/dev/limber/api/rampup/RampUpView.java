package dev.limber.api.rampup;

import dev.limber.domain.load.PlateLoading;
import dev.limber.domain.load.RampUpPlan;
import dev.limber.domain.load.Weight;
import dev.limber.domain.usecase.BuildRampUp;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A ramp: each warm-up set with its plates per side, the working set's loading, and what was left out. */
@Serdeable
public record RampUpView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String exercise,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The unit of every load in the answer.",
                allowableValues = {"kg", "lb"})
        String unit,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "20kg")
        String bar,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LoadingView work,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<SetView> sets,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Each set of the scheme left out, and why.")
        List<String> skipped) {

    /** How the bar is loaded for a weight. */
    @Serdeable
    public record LoadingView(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "What was asked for, in its own unit.",
                    example = "101kg")
            String requested,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "What the bar carries: the bar and twice the plates per side.",
                    example = "100kg")
            String load,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "False when the plates cannot make the request and the nearest load was taken.")
            boolean exact,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The plates on each side, heaviest first.")
            List<String> perSide,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "101 kg cannot be loaded exactly; nearest 100 kg: 25 + 15 kg per side")
            String text) {
        static LoadingView of(PlateLoading loading) {
            return new LoadingView(
                    loading.requested().text(),
                    loading.loaded().text(),
                    loading.exact(),
                    loading.perSide().stream().map(Weight::text).toList(),
                    loading.human());
        }
    }

    /** One warm-up set. */
    @Serdeable
    public record SetView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "40 %")
            String stage,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int reps,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LoadingView loading) {}

    static RampUpView of(BuildRampUp.Result result) {
        RampUpPlan plan = result.plan();
        return new RampUpView(
                result.exercise().id().value(),
                result.exercise().name(),
                plan.unit().externalName(),
                plan.bar().text(),
                LoadingView.of(plan.working()),
                plan.sets().stream()
                        .map(set -> new SetView(set.stage().label(), set.reps(), LoadingView.of(set.loading())))
                        .toList(),
                plan.skipped());
    }
}
