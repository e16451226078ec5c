package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code static-stretch-before-training}: a static stretch placed before the main phase, graded
 * by the research rather than banned outright as the article does. Behm et al. 2016 (Appl Physiol
 * Nutr Metab 41:1–11) found static holds of 60 s or more per muscle cost about 4.6% of
 * performance and shorter ones about 1%; Simic et al. 2013 found the smallest losses at 45 s or
 * less. So a step is a <b>warning</b> when one of its muscles gets {@link #warnAt()} or more of
 * static holding before the main phase (all such steps added up), or when no dynamic work
 * follows it before the main phase; otherwise it is <b>info</b>.
 *
 * <p>"Before the main phase" means every phase before the session's first main phase; a session
 * without one (a stand-alone warm-up) counts its warm-up phases. A muscle's holding time is one
 * side's: a per-side stretch of 30 s holds each hamstring 30 s.
 */
public final class StaticStretchBeforeTrainingRule implements Rule {
    public static final String ID = "static-stretch-before-training";
    /** Behm 2016's line between a small and a moderate loss. */
    public static final Duration DEFAULT_WARN_AT = Duration.ofSeconds(60);

    private static final Set<ExerciseKind> DYNAMIC_WORK =
            EnumSet.of(ExerciseKind.DYNAMIC, ExerciseKind.MOBILITY, ExerciseKind.PLYOMETRIC, ExerciseKind.CARDIO);

    private final Duration warnAt;
    private final boolean warnWithoutDynamicAfter;

    /** The research's thresholds: warn at 60 s a muscle, or without dynamic work after. */
    public StaticStretchBeforeTrainingRule() {
        this(DEFAULT_WARN_AT, true);
    }

    /**
     * @param warnAt                  static holding per muscle from which a step is a warning
     * @param warnWithoutDynamicAfter whether a static stretch with no dynamic work after it
     *                                (before the main phase) is a warning regardless of length
     */
    public StaticStretchBeforeTrainingRule(Duration warnAt, boolean warnWithoutDynamicAfter) {
        this.warnAt = Checks.positive("warnAt", warnAt);
        this.warnWithoutDynamicAfter = warnWithoutDynamicAfter;
    }

    public Duration warnAt() {
        return warnAt;
    }

    public boolean warnWithoutDynamicAfter() {
        return warnWithoutDynamicAfter;
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
        return "Save long static stretching for after training: this check warns at " + Durations.human(warnAt)
                + " of holding a muscle before training. In Behm 2016, holds of 60 s or more cost about 4.6% of"
                + " performance and shorter ones about 1%; short holds followed by dynamic moves cost little.";
    }

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Session session : program.sessions()) {
            evaluate(session, context, findings);
        }
        return findings;
    }

    private void evaluate(Session session, RuleContext context, List<Finding> findings) {
        List<PlacedStep> before = beforeMain(session);
        List<Optional<Exercise>> exercises =
                before.stream().map(p -> context.exercise(p.step().exercise())).toList();
        Map<Target, Duration> held = new EnumMap<>(Target.class);
        for (int i = 0; i < before.size(); i++) {
            if (isStatic(exercises.get(i))) {
                Duration hold = holdPerMuscle(before.get(i), context);
                for (Target target : exercises.get(i).get().primary()) {
                    held.merge(target, hold, Duration::plus);
                }
            }
        }
        for (int i = 0; i < before.size(); i++) {
            if (!isStatic(exercises.get(i))) {
                continue;
            }
            Exercise exercise = exercises.get(i).get();
            Set<Target> over = EnumSet.noneOf(Target.class);
            Duration most = Duration.ZERO;
            for (Target target : exercise.primary()) {
                Duration total = held.get(target);
                if (total.compareTo(warnAt) >= 0) {
                    over.add(target);
                }
                most = total.compareTo(most) > 0 ? total : most;
            }
            boolean dynamicAfter = false;
            for (int j = i + 1; j < before.size() && !dynamicAfter; j++) {
                dynamicAfter = exercises
                        .get(j)
                        .map(e -> DYNAMIC_WORK.contains(e.kind()))
                        .orElse(false);
            }
            Location at = before.get(i).location();
            if (!over.isEmpty()) {
                findings.add(Finding.of(
                        this,
                        at,
                        Loading.names(over) + " get " + Durations.human(most)
                                + " of static holding before training (this check warns at " + Durations.human(warnAt)
                                + "; in Behm 2016, 60 s or more cost about 4.6% of performance); keep holds shorter or move "
                                + exercise.id() + " to the cool-down"));
            } else if (!dynamicAfter && warnWithoutDynamicAfter) {
                findings.add(
                        Finding.of(
                                this,
                                at,
                                exercise.id() + " is a static stretch with no dynamic"
                                        + " work after it before training; follow it with dynamic moves or move it to the cool-down"));
            } else {
                findings.add(Finding.of(
                                this,
                                at,
                                exercise.id() + " is a short static stretch (" + Durations.human(most)
                                        + " a muscle) followed by dynamic work before training: a small cost (about 1%)")
                        .withSeverity(Severity.INFO));
            }
        }
    }

    /** Steps before the first main phase; a session with no main phase: its warm-up phases. */
    private static List<PlacedStep> beforeMain(Session session) {
        int firstMain = -1;
        for (int p = 0; p < session.phases().size() && firstMain < 0; p++) {
            if (session.phases().get(p).kind() == PhaseKind.MAIN) {
                firstMain = p;
            }
        }
        List<PlacedStep> before = new ArrayList<>();
        for (PlacedStep placed : PlacedStep.in(session)) {
            boolean counts = firstMain >= 0
                    ? placed.phaseIndex() < firstMain
                    : placed.phase().kind() == PhaseKind.WARM_UP;
            if (counts) {
                before.add(placed);
            }
        }
        return before;
    }

    private static boolean isStatic(Optional<Exercise> exercise) {
        return exercise.isPresent() && exercise.get().kind() == ExerciseKind.STATIC_STRETCH;
    }

    /** One side of every set, times the circuit's rounds: how long each muscle is held. */
    private static Duration holdPerMuscle(PlacedStep placed, RuleContext context) {
        return context.timing()
                .setWork(placed.step().prescription())
                .multipliedBy((long) placed.step().prescription().sets() * placed.rounds());
    }
}
