package dev.limber.domain.rules;

import static dev.limber.domain.catalog.BuiltInCatalog.BACK_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.GLUTE_BRIDGE;
import static dev.limber.domain.catalog.BuiltInCatalog.HIP_CIRCLES;
import static dev.limber.domain.catalog.BuiltInCatalog.LEG_SWINGS;
import static dev.limber.domain.catalog.BuiltInCatalog.RECLINING_SINGLE_LEG_STRETCH;
import static dev.limber.domain.catalog.BuiltInCatalog.STANDING_FORWARD_FOLD;
import static dev.limber.domain.catalog.BuiltInCatalog.WALKING_LUNGE_WITH_TWIST;
import static dev.limber.domain.rules.Fixtures.coolDown;
import static dev.limber.domain.rules.Fixtures.eachSide;
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
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the rules make of an isometric hold and of foam rolling (docs/guidelines.md, "Exercise kinds"). */
class HoldAndSoftTissueKindsTest {
    private static final Exercise SIDE_BRIDGE = Exercise.builder("side-bridge", "Side Bridge")
            .kind(ExerciseKind.ISOMETRIC)
            .laterality(Laterality.PER_SIDE)
            .primary(Target.OBLIQUES)
            .secondary(Target.GLUTES)
            .build();
    private static final Exercise WALL_SIT = Exercise.builder("wall-sit", "Wall Sit")
            .kind(ExerciseKind.ISOMETRIC)
            .primary(Target.QUADRICEPS)
            .secondary(Target.GLUTES, Target.HAMSTRINGS, Target.HIPS, Target.LOWER_BACK)
            .build();
    private static final Exercise HAMSTRING_ROLL = Exercise.builder("hamstring-smr", "Hamstring-SMR")
            .kind(ExerciseKind.SOFT_TISSUE)
            .laterality(Laterality.PER_SIDE)
            .primary(Target.HAMSTRINGS)
            .equipment("foam roll")
            .build();
    private static final RuleContext CONTEXT = context(SIDE_BRIDGE, WALL_SIT, HAMSTRING_ROLL);
    private static final ExerciseStep SQUATS =
            step(BACK_SQUAT, Prescription.reps(8).sets(3));

    private static RuleContext context(Exercise... extra) {
        List<Exercise> all = new ArrayList<>(BuiltInCatalog.catalog().exercises());
        all.addAll(List.of(extra));
        return RuleContext.of(ExerciseLookup.of(all));
    }

    private static List<Finding> findings(Rule rule, Program program) {
        return rule.evaluate(program, CONTEXT);
    }

    @Test
    void anIsometricHoldBeforeSquatsIsNotGradedAsStaticStretching() {
        Program program = program(
                warmUp(seconds(LEG_SWINGS, 60), seconds(WALL_SIT, 90), eachSide(SIDE_BRIDGE, 60)), main(SQUATS));
        assertEquals(List.of(), findings(new StaticStretchBeforeTrainingRule(), program));
    }

    @Test
    void anIsometricHoldIsNotMovingWorkAfterAStretch() {
        Program program = program(warmUp(seconds(STANDING_FORWARD_FOLD, 30), seconds(WALL_SIT, 30)), main(SQUATS));
        Finding finding =
                findings(new StaticStretchBeforeTrainingRule(), program).get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().startsWith("no moving work follows standing-forward-fold"), finding.message());
    }

    @Test
    void anIsometricHoldWarmsNothing() {
        // A wall sit lists every leg-day area, yet holding still warms none of them.
        Program program = program(warmUp(seconds(WALL_SIT, 300)), main(SQUATS));
        String message = findings(new WarmUpCoverageRule(), program).get(0).message();
        assertTrue(
                message.startsWith("the warm-up does not reach glutes (back-squat), quadriceps (back-squat),"),
                message);
    }

    @Test
    void anIsometricCoreHoldIsStrengthWorkForTheCore() {
        Program week = program(
                Session.of("Leg day", main(SQUATS)),
                Session.of("Core", main(step(GLUTE_BRIDGE, Prescription.reps(12)), eachSide(SIDE_BRIDGE, 30))));
        assertEquals(List.of(), findings(new PosteriorChainBalanceRule(), week));
    }

    @Test
    void anIsometricHoldInTheMainPhaseLoads() {
        Program program = program(main(seconds(WALL_SIT, 60)));
        Finding finding = findings(new WarmUpMissingRule(), program).get(0);
        assertTrue(finding.message().startsWith("the main phase loads the quadriceps"), finding.message());
    }

    @Test
    void foamRollingBeforeSquatsIsNotGradedAsStaticStretching() {
        Program program = program(
                warmUp(eachSide(HAMSTRING_ROLL, 90), seconds(WALKING_LUNGE_WITH_TWIST, 120), seconds(HIP_CIRCLES, 60)),
                main(SQUATS));
        assertEquals(List.of(), findings(new StaticStretchBeforeTrainingRule(), program));
    }

    @Test
    void foamRollingIsNeitherMovingWorkNorACoolDownStretch() {
        Program rolledAfterStretch =
                program(warmUp(eachSide(RECLINING_SINGLE_LEG_STRETCH, 30), eachSide(HAMSTRING_ROLL, 30)), main(SQUATS));
        assertTrue(findings(new StaticStretchBeforeTrainingRule(), rolledAfterStretch)
                .get(0)
                .message()
                .startsWith("no moving work follows reclining-single-leg-stretch"));
        Program rolledCoolDown = program(main(SQUATS), coolDown(eachSide(HAMSTRING_ROLL, 60)));
        assertEquals(
                List.of("a lower-body session with no cool-down stretch for the hamstrings"),
                findings(new CoolDownMissingRule(), rolledCoolDown).stream()
                        .map(Finding::message)
                        .toList());
    }
}
