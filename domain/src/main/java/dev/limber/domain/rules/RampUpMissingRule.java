package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.load.Load;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.Effort;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ramp-up-missing} (info): a session whose main phase starts with a heavy loaded lift and
 * neither gives it ramp-up sets nor warms up its pattern. A lift is a strength exercise done for
 * counted reps (a timed plank is no lift, however hard). Heavy means done at
 * {@value #HEAVY_PERCENT} % or more of the athlete's reference max, at RPE {@value #HEAVY_RPE} or
 * more, or with {@value #HEAVY_RIR} reps or fewer in reserve; a fixed load alone ({@code 100kg})
 * says nothing about how heavy it is for the athlete, and a plain body-weight load is not a loaded
 * lift. The pattern is warmed up when a warm-up phase of the session holds the lift itself or a
 * moving warm-up exercise whose primary targets include every primary target of the lift
 * (bodyweight squats before back squats).
 */
public final class RampUpMissingRule implements Rule {
    public static final String ID = "ramp-up-missing";

    /** A relative load from this share of the reference max is heavy. */
    public static final int HEAVY_PERCENT = 70;

    /** An RPE from this value is heavy. */
    public static final int HEAVY_RPE = 8;

    /** Reps in reserve up to this many are heavy. */
    public static final int HEAVY_RIR = 2;

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
    public Phrase rationaleText() {
        return Phrase.of(ID + ".rationale");
    }

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Session session : program.sessions()) {
            firstMainStep(session).ifPresent(placed -> {
                Optional<Exercise> lift = context.exercise(placed.step().exercise());
                Prescription dose = placed.step().prescription();
                Optional<Phrase> heavy = heavy(dose);
                if (lift.isPresent()
                        && lift.get().kind() == ExerciseKind.STRENGTH
                        && dose.dose() instanceof Dose.Reps
                        && heavy.isPresent()
                        && dose.rampUpOf().isEmpty()
                        && !patternWarmed(session, lift.get(), context)) {
                    findings.add(Finding.of(
                            this,
                            placed.location(),
                            Phrase.of(
                                    ID + ".heavy-first-lift",
                                    "exercise",
                                    lift.get().id(),
                                    "heavy",
                                    heavy.get())));
                }
            });
        }
        return findings;
    }

    private static Optional<PlacedStep> firstMainStep(Session session) {
        return PlacedStep.in(session).stream()
                .filter(placed -> placed.phase().kind() == PhaseKind.MAIN)
                .findFirst();
    }

    /** How the dose is heavy, in words of the bundles ({@code 75 % of max}, {@code RPE 8}), or empty when it is not. */
    private static Optional<Phrase> heavy(Prescription dose) {
        Load load = dose.load();
        if (load instanceof Load.BodyWeight body && body.added() == null) {
            return Optional.empty();
        }
        if (load instanceof Load.Relative relative
                && relative.percent().compareTo(BigDecimal.valueOf(HEAVY_PERCENT)) >= 0) {
            return Optional.of(Phrase.of(
                    ID + ".of-max",
                    "percent",
                    relative.percent().stripTrailingZeros().toPlainString()));
        }
        Effort effort = dose.effort();
        if (effort instanceof Effort.Rpe rpe && rpe.value().compareTo(BigDecimal.valueOf(HEAVY_RPE)) >= 0) {
            return Optional.of(Phrase.of(
                    ID + ".rpe", "rpe", rpe.value().stripTrailingZeros().toPlainString()));
        }
        if (effort instanceof Effort.Rir rir && rir.reps() <= HEAVY_RIR) {
            return Optional.of(Phrase.of(ID + ".rir", "rir", rir.reps()));
        }
        return Optional.empty();
    }

    /**
     * Whether a warm-up phase holds the lift itself, or moving work on the area of every primary
     * target of it (areas, as the other rules: front-delts work warms a shoulder press's pattern).
     */
    private static boolean patternWarmed(Session session, Exercise lift, RuleContext context) {
        for (PlacedStep placed : PlacedStep.in(session)) {
            if (placed.phase().kind() != PhaseKind.WARM_UP) {
                continue;
            }
            if (placed.step().exercise().equals(lift.id())) {
                return true;
            }
            Optional<Exercise> move = context.exercise(placed.step().exercise());
            if (move.isPresent()
                    && Loading.moves(move.get())
                    // A lift with no focus (a loaded carry) is warmed by its own ramp only, not by any move.
                    && lift.hasFocus()
                    && Loading.areas(move.get().primary()).containsAll(Loading.areas(lift.primary()))) {
                return true;
            }
        }
        return false;
    }
}
