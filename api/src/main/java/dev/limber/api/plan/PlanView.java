package dev.limber.api.plan;

import dev.limber.domain.card.DoseText;
import dev.limber.domain.load.Weight;
import dev.limber.domain.plan.PlannedSession;
import dev.limber.domain.plan.PlannedStep;
import dev.limber.domain.plan.PlannedWeek;
import dev.limber.domain.program.Dose;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One week of a program: each step with that week's reps, sets and load, rounded to the plates. */
@Serdeable
public record PlanView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "strength-block")
        String program,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Strength Block")
        String name,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "52", example = "3")
        int week,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "52", example = "8")
        int weeks,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The unit of every load in the answer.",
                allowableValues = {"kg", "lb"})
        String unit,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The bar loads are rounded for.",
                example = "20kg")
        String bar,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<SessionView> sessions) {

    static PlanView of(PlannedWeek week) {
        return new PlanView(
                week.program().value(),
                week.name(),
                week.week(),
                week.weeks(),
                week.unit().externalName(),
                week.plates().bar().text(),
                week.sessions().stream().map(SessionView::of).toList());
    }

    /** One session of the week, its steps in order. */
    @Serdeable
    public record SessionView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "A")
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<StepView> steps) {
        static SessionView of(PlannedSession session) {
            return new SessionView(
                    session.name(), session.steps().stream().map(StepView::of).toList());
        }
    }

    /** One step as it is done that week. */
    @Serdeable
    public record StepView(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"warm-up", "main", "cool-down"})
            String phase,

            @Schema(description = "The circuit the step is in, if any.") @Nullable
            String circuit,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "front-squat")
            String exercise,

            @Schema(description = "Reps of a set, for a counted dose.", example = "5") @Nullable
            Integer reps,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "5")
            int sets,

            @Schema(
                    description = "The load lifted that week, rounded to the plates, in the plan's unit.",
                    example = "110kg")
            @Nullable
            String load,

            @Schema(description = "The load the scheme asks for, before rounding.", example = "110kg") @Nullable
            String target,

            @Schema(description = "The plates on each side, heaviest first, when on the bar.") @Nullable
            List<String> perSide,

            @Schema(
                    description = "The step's progression as written.",
                    example = "linear +2.5kg per session, deload 10% after 3 misses")
            @Nullable
            String progression,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "5 reps × 5 sets at 110 kg")
            String dose,

            @Schema(
                    description = "The ramp-up sets before the first working set, lightest first, from the week's"
                            + " load (with a fixed load: weight and plates per side); absent when the step has none.",
                    example = "[\"10 reps, empty bar (20 kg)\", \"5 reps at 45 kg, 12.5 kg per side\"]")
            @Nullable
            List<String> rampUp,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "What changed a load: conversions, rounding, deloads, a deload week.")
            List<String> notes) {
        static StepView of(PlannedStep step) {
            return new StepView(
                    step.phase().externalName(),
                    step.circuit(),
                    step.exercise().value(),
                    step.prescription().dose() instanceof Dose.Reps reps ? reps.count() : null,
                    step.prescription().sets(),
                    step.prescription().loadOf().map(load -> load.text()).orElse(null),
                    step.target() == null ? null : step.target().text(),
                    step.loading() == null
                            ? null
                            : step.loading().perSide().stream()
                                    .map(Weight::text)
                                    .toList(),
                    step.progression() == null ? null : step.progression().text(),
                    DoseText.of(step.prescription()),
                    step.rampUpSets().isEmpty()
                            ? null
                            : step.rampUpSets().stream()
                                    .map(dev.limber.domain.program.RampUpSets.RampSet::human)
                                    .toList(),
                    step.notes());
        }
    }
}
