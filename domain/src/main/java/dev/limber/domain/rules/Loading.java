package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Session;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        return !mainLoaded(session, context, areas).isEmpty();
    }

    /** The coarser areas of these targets, in their order, each once: {@code [soleus, calves]} gives {@code [calves]}. */
    static List<Target> areas(List<Target> targets) {
        return targets.stream().map(Target::area).distinct().toList();
    }

    /** Whether the exercise works one of these areas as a primary target, itself or through a finer part. */
    static boolean primaryWorks(Exercise exercise, Set<Target> areas) {
        for (Target target : exercise.primary()) {
            for (Target area : areas) {
                if (target.isPartOf(area)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Which of these areas the session's main phase loads (as a primary target of a loading step,
     * itself or a finer part of it: a soleus raise loads the calves).
     */
    static Set<Target> mainLoaded(Session session, RuleContext context, Set<Target> areas) {
        Set<Target> loaded = EnumSet.noneOf(Target.class);
        for (PlacedStep placed : PlacedStep.in(session)) {
            Optional<Exercise> exercise = context.exercise(placed.step().exercise());
            if (loads(placed, exercise)) {
                for (Target target : exercise.get().primary()) {
                    for (Target area : areas) {
                        if (target.isPartOf(area)) {
                            loaded.add(area);
                        }
                    }
                }
            }
        }
        return loaded;
    }
}
