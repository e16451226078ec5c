package dev.limber.domain.rules;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Session;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What several rules agree on: which steps load muscles and whether a session's main phase
 * loads given areas. Stretching, mobility and nerve glides do not load; they are what loaded
 * muscles are prepared and eased with.
 */
final class Loading {
    static final Set<ExerciseKind> LOADING_KINDS =
            EnumSet.of(ExerciseKind.STRENGTH, ExerciseKind.PLYOMETRIC, ExerciseKind.CARDIO, ExerciseKind.DYNAMIC);

    private Loading() {}

    static boolean loads(Exercise exercise) {
        return LOADING_KINDS.contains(exercise.kind());
    }

    /** Whether a main-phase exercise of the session loads one of these areas as a primary target. */
    static boolean mainLoads(Session session, RuleContext context, Set<Target> areas) {
        for (PlacedStep placed : PlacedStep.in(session)) {
            if (placed.phase().kind() != PhaseKind.MAIN) {
                continue;
            }
            Optional<Exercise> exercise = context.exercise(placed.step().exercise());
            if (exercise.isPresent()
                    && loads(exercise.get())
                    && exercise.get().primary().stream().anyMatch(areas::contains)) {
                return true;
            }
        }
        return false;
    }

    static String names(Set<Target> targets) {
        StringBuilder text = new StringBuilder();
        for (Target target : EnumSet.copyOf(targets)) {
            text.append(text.length() == 0 ? "" : ", ").append(target.externalName());
        }
        return text.toString();
    }
}
