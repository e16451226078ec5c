package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What several rules agree on: which steps load muscles and whether a session's main phase
 * loads given areas. Stretching, mobility and nerve glides do not load; they are what loaded
 * muscles are prepared and eased with.
 */
final class Loading {
    private Loading() {}

    static boolean loads(Exercise exercise) {
        return exercise.kind().loads();
    }

    /**
     * Whether the exercise is moving work, the only kind that warms an area: dynamic, mobility,
     * plyometric and cardio moves, and strength work done as activation (glute bridges after a
     * stretch). Static stretches, isometric holds, nerve glides and soft-tissue work never warm
     * anything ({@link ExerciseKind#moves()}).
     */
    static boolean moves(Exercise exercise) {
        return exercise.kind().moves();
    }

    /** Whether the step is loading: a loading exercise in a main phase. */
    static boolean loads(PlacedStep placed, Optional<Exercise> exercise) {
        return placed.phase().kind() == PhaseKind.MAIN && exercise.isPresent() && loads(exercise.get());
    }

    /**
     * Whether a main-phase exercise of the session loads one of these areas as a primary target,
     * itself or through a finer part of it ({@link Target#isPartOf}).
     */
    static boolean mainLoads(Session session, RuleContext context, Set<Target> areas) {
        // Stops at the first loading step that counts, without a list of placed steps or a set.
        return anyMainStep(session, step -> loadsOneOf(step, context, areas));
    }

    /**
     * Whether {@code test} holds for a main-phase exercise step of the session (a circuit's inner
     * steps included), asked in order until it does: one walk for every question about the main work.
     */
    private static boolean anyMainStep(Session session, Predicate<ExerciseStep> test) {
        for (Phase phase : session.phases()) {
            if (phase.kind() != PhaseKind.MAIN) {
                continue;
            }
            for (Step step : phase.steps()) {
                if (step instanceof Circuit circuit) {
                    for (ExerciseStep inner : circuit.steps()) {
                        if (test.test(inner)) {
                            return true;
                        }
                    }
                } else if (test.test((ExerciseStep) step)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean loadsOneOf(ExerciseStep step, RuleContext context, Set<Target> areas) {
        Optional<Exercise> exercise = context.exercise(step.exercise());
        return exercise.isPresent() && loads(exercise.get()) && primaryWorks(exercise.get(), areas);
    }

    /** The coarser areas of these targets, in their order, each once: {@code [soleus, calves]} gives {@code [calves]}. */
    static List<Target> areas(List<Target> targets) {
        // Most exercises name areas only: then the list is its own answer, with no copy per step.
        int i = 0;
        while (i < targets.size() && targets.get(i).isArea()) {
            i++;
        }
        if (i == targets.size()) {
            return targets;
        }
        List<Target> areas = new ArrayList<>(targets.size());
        for (int j = 0; j < targets.size(); j++) {
            Target area = targets.get(j).area();
            if (!areas.contains(area)) {
                areas.add(area);
            }
        }
        return Collections.unmodifiableList(areas);
    }

    /** Whether the exercise works one of these areas as a primary target, itself or through a finer part. */
    static boolean primaryWorks(Exercise exercise, Set<Target> areas) {
        List<Target> primary = exercise.primary();
        for (int i = 0; i < primary.size(); i++) {
            if (worksOneOf(primary.get(i), areas)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether work on the target counts for one of these areas: {@link Target#isPartOf} holds for
     * exactly the target itself and its area, so two look-ups replace a walk over the areas.
     */
    static boolean worksOneOf(Target target, Set<Target> areas) {
        return areas.contains(target) || areas.contains(target.area());
    }

    /**
     * Which of these areas the session's main phase loads (as a primary target of a loading step,
     * itself or a finer part of it: a soleus raise loads the calves).
     */
    static Set<Target> mainLoaded(Session session, RuleContext context, Set<Target> areas) {
        Set<Target> loaded = EnumSet.noneOf(Target.class);
        anyMainStep(session, step -> {
            addLoaded(step, context, areas, loaded);
            return false; // every step counts
        });
        return loaded;
    }

    private static void addLoaded(ExerciseStep step, RuleContext context, Set<Target> areas, Set<Target> loaded) {
        Optional<Exercise> exercise = context.exercise(step.exercise());
        if (exercise.isPresent() && loads(exercise.get())) {
            List<Target> primary = exercise.get().primary();
            for (int i = 0; i < primary.size(); i++) {
                // isPartOf holds for the target itself and its area only.
                Target target = primary.get(i);
                if (areas.contains(target)) {
                    loaded.add(target);
                }
                if (areas.contains(target.area())) {
                    loaded.add(target.area());
                }
            }
        }
    }
}
