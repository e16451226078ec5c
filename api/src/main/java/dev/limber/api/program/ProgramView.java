package dev.limber.api.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.api.openapi.ApiDocs;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.Effort;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.timing.Timing;
import dev.limber.formats.duration.DurationText;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A program with all its sessions, phases and steps, field names as in the Limber document
 * format (durations written {@code 30s}, {@code 1m30s}), plus what the service computes:
 * {@code totalDuration} of the program and of each session, and {@code totalSeconds} beside it.
 * Those two are read-only: a program read here can be sent back unchanged, as the reader
 * accepts them on a program body and ignores them.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
        String description,
        List<String> tags,

        @Schema(
                description = "How many weeks the program runs, 1-52; left out when 1.",
                minimum = "1",
                maximum = "52",
                example = "8")
        Integer weeks,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<SessionView> sessions,

        @Schema(ref = ApiDocs.DURATION, accessMode = Schema.AccessMode.READ_ONLY)
        String totalDuration,

        @Schema(accessMode = Schema.AccessMode.READ_ONLY) long totalSeconds) {

    /** A session and its computed length. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @ArraySchema(schema = @Schema(allowableValues = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}))
            List<String> days,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<PhaseView> phases,

            @Schema(ref = ApiDocs.DURATION, accessMode = Schema.AccessMode.READ_ONLY)
            String totalDuration,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY)
            long totalSeconds) {}

    /** A phase and its steps. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PhaseView(
            @Schema(ref = ApiDocs.PHASE_KIND, requiredMode = Schema.RequiredMode.REQUIRED)
            String phase,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<StepView> steps) {}

    /**
     * An exercise step (with {@code exercise}) or a circuit (with {@code circuit}, {@code rounds}
     * and its own {@code steps}); fields that do not apply are left out.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepView(
            String exercise,
            @Schema(ref = ApiDocs.DURATION) String duration,
            Integer reps,

            @Schema(
                    description = "A distance to cover: 400m, 1.5km, 1mi (instead of duration or reps).",
                    example = "400m")
            String distance,

            @Schema(description = "As many reps as possible; reps are the minimum. Present only when true.")
            Boolean amrap,

            Integer sets,
            @Schema(ref = ApiDocs.DURATION) String rest,
            @Schema(ref = ApiDocs.DURATION) String hold,

            @Schema(
                    description = "Seconds of lowering-pause-lifting-pause, X explosive; times each rep.",
                    example = "3-1-X-0")
            String tempo,

            Boolean perSide,
            @Schema(ref = ApiDocs.LOAD) String load,
            EffortView effort,

            @Schema(
                    description = "Ramp-up sets before the first working set (reps only): `standard` (the empty"
                            + " bar x10, then 40% x5, 60% x3, 80% x2 of the working load) or a list like `bar x10,"
                            + " 50% x5, 75% x3`, either optionally ending `on 15kg bar`. The card and the timeline"
                            + " show each set (with plates per side when the load is fixed).",
                    example = "standard",
                    maxLength = 100)
            String rampUp,

            String note,

            @Schema(
                    description = "How the step changes over the weeks: linear +2.5kg per session[, deload 10% after 3"
                            + " misses], double 8-12 +2.5kg, or weekly 65%x5x3, 75%x3x3[, deload 40%x5x3].",
                    maxLength = 300,
                    example = "linear +2.5kg per session, deload 10% after 3 misses")
            String progression,

            @Schema(ref = ApiDocs.DOSE_SOURCE) String doseSource,
            String circuit,
            Integer rounds,
            List<StepView> steps) {

        public static StepView of(Step step) {
            if (step instanceof Circuit circuit) {
                return new StepView(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        compact(circuit.restBetweenRounds()),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        circuit.name(),
                        circuit.rounds(),
                        circuit.steps().stream().map(StepView::of).toList());
            }
            ExerciseStep single = (ExerciseStep) step;
            Prescription dose = single.prescription();
            String duration = dose.dose() instanceof Dose.Timed timed ? compact(timed.duration()) : null;
            Integer reps = dose.dose() instanceof Dose.Reps counted ? counted.count() : null;
            String distance = dose.dose() instanceof Dose.Distance covered ? covered.text() : null;
            Boolean amrap = dose.dose() instanceof Dose.Reps counted && counted.amrap() ? Boolean.TRUE : null;
            return new StepView(
                    single.exercise().value(),
                    duration,
                    reps,
                    distance,
                    amrap,
                    dose.sets(),
                    compact(dose.rest()),
                    dose.hold() == null ? null : compact(dose.hold()),
                    dose.tempo() == null ? null : dose.tempo().text(),
                    dose.perSide(),
                    dose.load() == null ? null : dose.load().text(),
                    dose.effort() == null ? null : EffortView.of(dose.effort()),
                    dose.rampUp() == null ? null : dose.rampUp().text(),
                    single.note(),
                    single.progression() == null ? null : single.progression().text(),
                    dose.source().externalName(),
                    null,
                    null,
                    null);
        }
    }

    /** How hard a set should feel: {@code rpe} (1–10 in halves) or {@code rir} (0–10), one of them. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "How hard a set should feel: rpe (1-10 in halves) or rir (reps in reserve, 0-10), not both.")
    public record EffortView(
            @Schema(minimum = "1", maximum = "10", multipleOf = 0.5)
            java.math.BigDecimal rpe,

            @Schema(minimum = "0", maximum = "10") Integer rir) {
        static EffortView of(Effort effort) {
            return effort instanceof Effort.Rpe rpe
                    ? new EffortView(rpe.value(), null)
                    : new EffortView(null, ((Effort.Rir) effort).reps());
        }
    }

    public static ProgramView of(Program program, Timing timing) {
        List<SessionView> sessions = program.sessions().stream()
                .map(session -> session(session, timing))
                .toList();
        Duration total = timing.of(program);
        return new ProgramView(
                program.id().value(),
                program.name(),
                program.description(),
                program.tags(),
                program.weeks() == 1 ? null : program.weeks(),
                sessions,
                compact(total),
                total.getSeconds());
    }

    private static SessionView session(Session session, Timing timing) {
        List<PhaseView> phases = session.phases().stream()
                .map(phase -> new PhaseView(phase.kind().externalName(), steps(phase)))
                .toList();
        Duration total = timing.of(session);
        return new SessionView(
                session.name(),
                session.orderedDays().stream().map(ProgramView::day).toList(),
                phases,
                compact(total),
                total.getSeconds());
    }

    private static List<StepView> steps(Phase phase) {
        return phase.steps().stream().map(StepView::of).toList();
    }

    /** The format's day names: {@code mon} … {@code sun}. */
    static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    static String compact(Duration duration) {
        return DurationText.write(duration);
    }
}
