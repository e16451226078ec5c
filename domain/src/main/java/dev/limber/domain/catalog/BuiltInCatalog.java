package dev.limber.domain.catalog;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.util.List;

/**
 * Limber's built-in catalog, written from the leg-day article (shared seed 000): its exercises,
 * its doses where it gives them, and the programs it describes.
 */
public final class BuiltInCatalog {
    private BuiltInCatalog() {
    }

    public static final Exercise LEG_SWINGS = Exercise.builder("leg-swings", "Leg Swings")
            .kind(ExerciseKind.DYNAMIC).laterality(Laterality.PER_SIDE)
            .primary(Target.HAMSTRINGS, Target.HIP_FLEXORS, Target.GLUTES)
            .startingPosition("Stand tall beside a wall or rack, one hand on it for balance")
            .cues("Forward and backward, then side to side",
                    "Loosens hamstrings, hip flexors and glutes")
            .build();

    private static final Catalog CATALOG = new Catalog(
            List.of(LEG_SWINGS),
            List.of(Program.builder("quick-leg-day-warm-up", "Quick 5-Minute Warm-Up for Leg Day")
                    .tags("leg-day", "warm-up")
                    .session(Session.of("Leg day warm-up", Phase.of(PhaseKind.WARM_UP,
                            ExerciseStep.of(LEG_SWINGS, Prescription.seconds(30).eachSide().fromArticle()))))
                    .build()));

    /** The whole built-in catalog. */
    public static Catalog catalog() {
        return CATALOG;
    }
}
