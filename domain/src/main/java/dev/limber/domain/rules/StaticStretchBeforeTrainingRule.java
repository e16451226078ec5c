package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code static-stretch-before-training}: a static stretch placed before loading, graded by the
 * research rather than banned outright as the article does. Behm et al. 2016 (Appl Physiol Nutr
 * Metab 41:1–11, a systematic review) found static holds of 60 s or more per muscle cost about
 * 4.6% of performance and shorter ones about 1.1%, and no clear cost when dynamic activity
 * followed the stretch; Simic et al. 2013 (Scand J Med Sci Sports 23:131–148, a meta-analysis)
 * found the smallest losses at 45 s or less. So a step is a <b>warning</b> when one of its
 * muscles gets {@link #warnAt()} or more of static holding before loading (all such steps added
 * up), or when no moving work follows it before the next loaded step; otherwise it is
 * <b>info</b>.
 *
 * <p>"Before loading" is where the move sits, not the phase's label: every warm-up step, and
 * every main-phase step, that comes before the session's last loaded step (a strength,
 * isometric, plyometric, cardio or dynamic exercise in a main phase). A session without a main phase (a
 * stand-alone warm-up) counts its warm-up phases. Cool-down phases never count, wherever they
 * sit ({@code phase-order} reports those). A muscle's holding time is one side's: a per-side
 * stretch of 30 s holds each hamstring 30 s. Holding time adds up per area: a soleus stretch and a
 * calf stretch both hold the calves. Moving work after a hold is any exercise but a
 * static stretch or a nerve glide that is not itself the loading (glute bridges in a warm-up
 * count).
 */
public final class StaticStretchBeforeTrainingRule implements Rule {
    public static final String ID = "static-stretch-before-training";
    /** Behm 2016's line between a small and a moderate loss. */
    public static final Duration DEFAULT_WARN_AT = Duration.ofSeconds(60);

    private final Duration warnAt;
    private final boolean warnWithoutDynamicAfter;

    /** The research's thresholds: warn at 60 s a muscle, or without moving work after. */
    public StaticStretchBeforeTrainingRule() {
        this(DEFAULT_WARN_AT, true);
    }

    /**
     * @param warnAt                  static holding per muscle from which a step is a warning
     * @param warnWithoutDynamicAfter whether a static stretch with no moving work after it
     *                                (before the next loaded step) is a warning regardless of length
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
        return Phrase.of(ID + (warnWithoutDynamicAfter ? ".rationale" : ".rationale.holds-only"), "warnAt", warnAt);
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
        List<PlacedStep> steps = PlacedStep.in(session);
        List<Optional<Exercise>> exercises =
                steps.stream().map(p -> context.exercise(p.step().exercise())).toList();
        boolean hasMain = session.phase(PhaseKind.MAIN).isPresent();
        int lastLoaded = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (Loading.loads(steps.get(i), exercises.get(i))) {
                lastLoaded = i;
            }
        }
        // A session with no main phase is a stand-alone warm-up: its loading comes later.
        int end = hasMain ? lastLoaded : steps.size();
        List<Integer> holds = new ArrayList<>();
        Map<Target, Duration> held = new EnumMap<>(Target.class);
        for (int i = 0; i < end; i++) {
            PhaseKind phase = steps.get(i).phase().kind();
            boolean counts = phase == PhaseKind.WARM_UP || (hasMain && phase == PhaseKind.MAIN);
            if (counts && isStatic(exercises.get(i))) {
                holds.add(i);
                Duration hold = holdPerMuscle(steps.get(i), context);
                for (Target target : Loading.areas(exercises.get(i).get().primary())) {
                    held.merge(target, hold, Duration::plus);
                }
            }
        }
        for (int i : holds) {
            Exercise exercise = exercises.get(i).get();
            int next = i + 1;
            while (next < end && !Loading.loads(steps.get(next), exercises.get(next))) {
                next++;
            }
            boolean movingAfter = false;
            for (int j = i + 1; j < next && !movingAfter; j++) {
                movingAfter = exercises.get(j).map(Loading::moves).orElse(false);
            }
            Phrase before = next < steps.size() && hasMain
                    ? Phrase.of(
                            ID + ".before-exercise",
                            "exercise",
                            steps.get(next).step().exercise())
                    : Phrase.of(ID + ".before-training");
            List<Phrase> over = new ArrayList<>();
            List<Phrase> all = new ArrayList<>();
            for (Target target : Loading.areas(exercise.primary())) {
                Phrase total = Phrase.of(ID + ".held", "held", held.get(target), "target", target);
                all.add(total);
                if (held.get(target).compareTo(warnAt) >= 0) {
                    over.add(total);
                }
            }
            Location at = steps.get(i).location();
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("exercise", exercise.id());
            arguments.put("before", before);
            if (!over.isEmpty()) {
                arguments.put("held", over);
                arguments.put("warnAt", warnAt);
                findings.add(Finding.of(this, at, new Phrase(ID + ".too-long", arguments)));
            } else if (!movingAfter && warnWithoutDynamicAfter) {
                arguments.put("held", all);
                findings.add(Finding.of(this, at, new Phrase(ID + ".no-moving-work-after", arguments)));
            } else {
                arguments.put("held", all);
                arguments.put("warnAt", warnAt);
                String key = ID + (movingAfter ? ".short-then-moving-work" : ".short");
                findings.add(Finding.of(this, at, new Phrase(key, arguments)).withSeverity(Severity.INFO));
            }
        }
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
