package dev.limber.domain.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Session;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The builder reasons with areas as the rules do: a move for a finer target covers its area and
 * ranks as directly as a move naming the area (docs/guidelines.md, "Words the rules share").
 */
class FinerTargetsWarmUpTest {
    private static final Exercise ARM_CIRCLES = move("arm-circles", "Arm Circles", List.of(Target.SHOULDERS));
    private static final Exercise FRONT_SWINGS = move("front-swings", "Front Arm Swings", List.of(Target.FRONT_DELTS));
    private static final Exercise CHEST_OPENER =
            move("chest-opener", "Chest Opener", List.of(Target.CHEST), List.of(Target.SHOULDERS));
    private static final Exercise SHOULDER_AND_HAMSTRING_SWINGS =
            move("swing-through", "Swing-Through", List.of(Target.SHOULDERS, Target.HAMSTRINGS));
    private static final Budget ONE_MINUTE = Budget.between(Duration.ofMinutes(1), Duration.ofMinutes(1));

    private static Exercise move(String id, String name, List<Target> primary) {
        return move(id, name, primary, List.of());
    }

    private static Exercise move(String id, String name, List<Target> primary, List<Target> secondary) {
        return Exercise.builder(id, name)
                .kind(ExerciseKind.DYNAMIC)
                .primary(primary)
                .secondary(secondary)
                .build();
    }

    private static Set<String> picked(WarmUpPlan plan) {
        return plan.steps().stream()
                .map(ExerciseStep::exercise)
                .map(ExerciseId::value)
                .collect(Collectors.toSet());
    }

    @Test
    void aRequestForTheShouldersIsMetByAFrontDeltMove() {
        WarmUpPlan plan = new WarmUpBuilder(List.of(FRONT_SWINGS)).build(EnumSet.of(Target.SHOULDERS), ONE_MINUTE);
        assertEquals(Set.of("front-swings"), picked(plan));
        assertEquals(EnumSet.of(Target.SHOULDERS), plan.covered());
        assertEquals(Set.of(), plan.noCandidate());
    }

    @Test
    void aShoulderMoveDoesNotCoverARequestForTheFrontDeltsItMayNotWork() {
        WarmUpPlan plan = new WarmUpBuilder(List.of(ARM_CIRCLES)).build(EnumSet.of(Target.FRONT_DELTS), ONE_MINUTE);
        assertEquals(Set.of(), picked(plan));
        assertEquals(EnumSet.of(Target.FRONT_DELTS), plan.noCandidate());
    }

    @Test
    void aFinerPrimaryTargetOfTheAreaIsPickedBeforeAMoveThatOnlyTouchesTheArea() {
        WarmUpPlan plan =
                new WarmUpBuilder(List.of(CHEST_OPENER, FRONT_SWINGS)).build(EnumSet.of(Target.SHOULDERS), ONE_MINUTE);
        assertEquals(Set.of("front-swings"), picked(plan));
    }

    @Test
    void aFinerPrimaryTargetOfTheAreaIsAsDirectAsTheAreaAndNotOutsideTheRequest() {
        // Two minutes: the cover takes one move, the fill the most direct of the rest. Front swings
        // name nothing outside the shoulders; the swing-through also works the hamstrings.
        Budget twoMinutes = Budget.between(Duration.ofMinutes(2), Duration.ofMinutes(2));
        WarmUpPlan plan = new WarmUpBuilder(
                        List.of(SHOULDER_AND_HAMSTRING_SWINGS, CHEST_OPENER, ARM_CIRCLES, FRONT_SWINGS))
                .build(EnumSet.of(Target.SHOULDERS), twoMinutes);
        assertEquals(Set.of("arm-circles", "front-swings"), picked(plan));
    }

    @Test
    void aSessionLoadingTheSoleusAsksForACalfWarmUp() {
        Exercise seatedCalfRaise = Exercise.builder("seated-calf-raise", "Seated Calf Raise")
                .kind(ExerciseKind.STRENGTH)
                .primary(Target.SOLEUS)
                .build();
        Session session =
                Session.of("Calves", Phase.of(PhaseKind.MAIN, ExerciseStep.of(seatedCalfRaise, Prescription.reps(12))));
        assertEquals(
                EnumSet.of(Target.CALVES),
                WarmUpBuilder.areasLoadedBy(session, ExerciseLookup.of(List.of(seatedCalfRaise))));
    }
}
