package dev.limber.domain.rules;

import static dev.limber.domain.catalog.BuiltInCatalog.BODYWEIGHT_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.LEG_SWINGS;
import static dev.limber.domain.rules.Fixtures.main;
import static dev.limber.domain.rules.Fixtures.program;
import static dev.limber.domain.rules.Fixtures.seconds;
import static dev.limber.domain.rules.Fixtures.step;
import static dev.limber.domain.rules.Fixtures.warmUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Effort;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.warmup.Budget;
import dev.limber.domain.warmup.WarmUpBuilder;
import dev.limber.domain.warmup.WarmUpPlan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: exercises with no muscle focus (running, carries) go through the guidelines and the
 * warm-up builder without being mistaken for work on some area.
 */
class NoFocusExercisesTest {
    private static final Exercise JOGGING =
            Exercise.builder("easy-jog", "Easy Jog").kind(ExerciseKind.DYNAMIC).build();
    private static final Exercise FARMERS_WALK = Exercise.builder("farmers-walk", "Farmer's Walk")
            .kind(ExerciseKind.STRENGTH)
            .secondary(Target.FOREARMS, Target.TRAPS)
            .build();

    private static RuleContext context() {
        List<Exercise> all = new ArrayList<>(BuiltInCatalog.catalog().exercises());
        all.add(JOGGING);
        all.add(FARMERS_WALK);
        return RuleContext.of(ExerciseLookup.of(all));
    }

    @Test
    void theWarmUpBuilderNeverPicksAMoveWithNoFocusForAnArea() {
        List<Exercise> catalog = new ArrayList<>(BuiltInCatalog.catalog().exercises());
        catalog.add(JOGGING);
        WarmUpPlan plan = new WarmUpBuilder(catalog).build(EnumSet.allOf(Target.class), Budget.standard());
        assertTrue(
                plan.steps().stream().noneMatch(s -> s.exercise().equals(JOGGING.id())),
                plan.steps().toString());
        WarmUpPlan onlyJogging = new WarmUpBuilder(List.of(JOGGING)).build(EnumSet.of(Target.HIPS), Budget.standard());
        assertEquals(List.of(), onlyJogging.steps());
        assertEquals(EnumSet.of(Target.HIPS), onlyJogging.noCandidate());
    }

    @Test
    void aHeavyCarryIsNotCountedAsWarmedByAnUnrelatedMove() {
        Program program = program(
                warmUp(seconds(BODYWEIGHT_SQUAT, 60), seconds(LEG_SWINGS, 60)),
                main(step(FARMERS_WALK, Prescription.reps(20).sets(3).effort(Effort.rpe(9)))));
        List<Finding> found = new RampUpMissingRule().evaluate(program, context());
        assertEquals(1, found.size(), found.toString());
    }

    @Test
    void everyGuidelineAcceptsAProgramOfMovesWithNoFocus() {
        Program program = program(
                warmUp(seconds(JOGGING, 300)),
                main(step(FARMERS_WALK, Prescription.reps(20).sets(3)), seconds(JOGGING, 600)));
        List<Finding> found = Guidelines.defaults().evaluate(program, context());
        assertTrue(found.stream().noneMatch(f -> f.message().contains("easy-jog")), found.toString());
    }
}
