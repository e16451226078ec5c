package dev.limber.domain.rules;

import static dev.limber.domain.catalog.BuiltInCatalog.BACK_SQUAT;
import static dev.limber.domain.rules.Fixtures.coolDown;
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
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules reason with areas: a finer target counts for the area it is part of (docs/guidelines.md, "Words the rules share"). */
class FinerTargetsRulesTest {
    private static final Exercise OVERHEAD_PRESS = Exercise.builder("overhead-press", "Overhead Press")
            .kind(ExerciseKind.STRENGTH)
            .primary(Target.FRONT_DELTS)
            .secondary(Target.TRICEPS)
            .build();
    private static final Exercise SHOULDER_PRESS = Exercise.builder("shoulder-press", "Shoulder Press")
            .kind(ExerciseKind.STRENGTH)
            .primary(Target.SHOULDERS)
            .build();
    private static final Exercise ARM_CIRCLES = Exercise.builder("arm-circles", "Arm Circles")
            .kind(ExerciseKind.DYNAMIC)
            .primary(Target.SHOULDERS)
            .build();
    private static final Exercise BAND_PULL_APART = Exercise.builder("band-pull-apart", "Band Pull-Apart")
            .kind(ExerciseKind.DYNAMIC)
            .primary(Target.REAR_DELTS)
            .build();
    private static final Exercise SEATED_CALF_RAISE = Exercise.builder("seated-calf-raise", "Seated Calf Raise")
            .kind(ExerciseKind.STRENGTH)
            .primary(Target.SOLEUS)
            .build();
    private static final Exercise ANKLE_CIRCLES = Exercise.builder("ankle-circles", "Ankle Circles")
            .kind(ExerciseKind.MOBILITY)
            .primary(Target.ANKLES)
            .build();
    private static final Exercise SOLEUS_STRETCH = Exercise.builder("soleus-stretch", "Soleus Stretch")
            .kind(ExerciseKind.STATIC_STRETCH)
            .primary(Target.SOLEUS)
            .build();
    private static final Exercise CALF_STRETCH = Exercise.builder("calf-stretch", "Calf Stretch")
            .kind(ExerciseKind.STATIC_STRETCH)
            .primary(Target.CALVES)
            .build();
    private static final RuleContext CONTEXT = context(
            OVERHEAD_PRESS,
            SHOULDER_PRESS,
            ARM_CIRCLES,
            BAND_PULL_APART,
            SEATED_CALF_RAISE,
            ANKLE_CIRCLES,
            SOLEUS_STRETCH,
            CALF_STRETCH);
    private static final ExerciseStep PRESSES =
            step(OVERHEAD_PRESS, Prescription.reps(8).sets(3));
    private static final ExerciseStep CALF_RAISES =
            step(SEATED_CALF_RAISE, Prescription.reps(12).sets(3));
    /** Only the main phase's own targets, not the article's leg-day areas. */
    private static final WarmUpCoverageRule COVERAGE = new WarmUpCoverageRule(Set.of());

    private static RuleContext context(Exercise... extra) {
        List<Exercise> all = new ArrayList<>(BuiltInCatalog.catalog().exercises());
        all.addAll(List.of(extra));
        return RuleContext.of(ExerciseLookup.of(all));
    }

    private static List<String> messages(Rule rule, Program program) {
        return rule.evaluate(program, CONTEXT).stream().map(Finding::message).toList();
    }

    @Test
    void frontDeltWorkIsWarmedUpByAShoulderMove() {
        Program program = program(warmUp(seconds(ARM_CIRCLES, 60)), main(PRESSES));
        assertEquals(List.of(), messages(COVERAGE, program));
    }

    @Test
    void aRearDeltMoveWarmsTheShoulders() {
        Program program =
                program(warmUp(seconds(BAND_PULL_APART, 60)), main(step(SHOULDER_PRESS, Prescription.reps(8))));
        assertEquals(List.of(), messages(COVERAGE, program));
    }

    @Test
    void aLoadedFinerTargetUnwarmedIsReportedByItsArea() {
        Program program = program(warmUp(seconds(ANKLE_CIRCLES, 60)), main(PRESSES, CALF_RAISES));
        assertEquals(List.of("the warm-up does not reach shoulders (overhead-press)"), messages(COVERAGE, program));
    }

    @Test
    void aSoleusRaiseLoadsTheCalvesForTheWarmUpMissingRule() {
        Program program = program(main(CALF_RAISES));
        List<String> messages = messages(new WarmUpMissingRule(EnumSet.of(Target.CALVES)), program);
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("the main phase loads the calves"), messages.get(0));
    }

    @Test
    void holdsOnTheSoleusAndTheCalvesAddUpForTheCalves() {
        Program program = program(
                warmUp(seconds(SOLEUS_STRETCH, 40), seconds(CALF_STRETCH, 40), seconds(ANKLE_CIRCLES, 60)),
                main(CALF_RAISES));
        List<String> messages = messages(new StaticStretchBeforeTrainingRule(), program);
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("adds up to 1 min 20 s for the calves"), messages.get(0));
    }

    @Test
    void aSoleusStretchInTheCoolDownStretchesTheCalves() {
        Program program = program(main(step(BACK_SQUAT, Prescription.reps(8))), coolDown(seconds(SOLEUS_STRETCH, 60)));
        assertEquals(List.of(), messages(new CoolDownMissingRule(Target.CALVES), program));
    }

    @Test
    void aFrontDeltMoveWarmsUpTheShoulderPressPattern() {
        Exercise frontRaiseSwings = Exercise.builder("front-raise-swings", "Front Raise Swings")
                .kind(ExerciseKind.DYNAMIC)
                .primary(Target.FRONT_DELTS)
                .build();
        RuleContext context = context(SHOULDER_PRESS, frontRaiseSwings);
        Program warmed = program(
                warmUp(seconds(frontRaiseSwings, 60)),
                main(step(SHOULDER_PRESS, Prescription.reps(5).sets(3).load("80%"))));
        assertEquals(List.of(), new RampUpMissingRule().evaluate(warmed, context));
        Program cold = program(
                warmUp(seconds(ANKLE_CIRCLES, 60)),
                main(step(SHOULDER_PRESS, Prescription.reps(5).sets(3).load("80%"))));
        assertEquals(1, new RampUpMissingRule().evaluate(cold, CONTEXT).size());
    }
}
