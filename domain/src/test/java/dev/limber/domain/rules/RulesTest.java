package dev.limber.domain.rules;

import static dev.limber.domain.catalog.BuiltInCatalog.BACK_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.BODYWEIGHT_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.CHILDS_POSE;
import static dev.limber.domain.catalog.BuiltInCatalog.GLUTE_BRIDGE;
import static dev.limber.domain.catalog.BuiltInCatalog.HIP_CIRCLES;
import static dev.limber.domain.catalog.BuiltInCatalog.HIP_HINGE;
import static dev.limber.domain.catalog.BuiltInCatalog.LEGS_UP_THE_WALL;
import static dev.limber.domain.catalog.BuiltInCatalog.LEG_SWINGS;
import static dev.limber.domain.catalog.BuiltInCatalog.PLANK;
import static dev.limber.domain.catalog.BuiltInCatalog.RECLINING_SINGLE_LEG_STRETCH;
import static dev.limber.domain.catalog.BuiltInCatalog.STANDING_FORWARD_FOLD;
import static dev.limber.domain.catalog.BuiltInCatalog.WALKING_LUNGE_WITH_TWIST;
import static dev.limber.domain.rules.Fixtures.coolDown;
import static dev.limber.domain.rules.Fixtures.eachSide;
import static dev.limber.domain.rules.Fixtures.findings;
import static dev.limber.domain.rules.Fixtures.main;
import static dev.limber.domain.rules.Fixtures.program;
import static dev.limber.domain.rules.Fixtures.seconds;
import static dev.limber.domain.rules.Fixtures.step;
import static dev.limber.domain.rules.Fixtures.warmUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RulesTest {
    /** A leg-day main phase: heavy squats. */
    private static final ExerciseStep SQUATS =
            step(BACK_SQUAT, Prescription.reps(8).sets(3));
    /** Warms up everything squats load (quadriceps, glutes) and lasts 5 min. */
    private static final ExerciseStep[] FIVE_MINUTE_WARM_UP = {
        seconds(WALKING_LUNGE_WITH_TWIST, 120), seconds(BODYWEIGHT_SQUAT, 120), seconds(HIP_CIRCLES, 60)
    };

    @Nested
    class PhaseOrder {
        private final Rule rule = new PhaseOrderRule();

        @Test
        void warmUpAfterTheMainPhaseIsAnError() {
            List<Finding> found = findings(rule, program(main(SQUATS), warmUp(FIVE_MINUTE_WARM_UP)));
            assertEquals(1, found.size());
            assertEquals(Severity.ERROR, found.get(0).severity());
            assertEquals(PhaseKind.WARM_UP, found.get(0).location().phase());
            assertEquals(1, found.get(0).location().phaseIndex());
        }

        @Test
        void coolDownBeforeTheMainPhaseIsAnError() {
            List<Finding> found = findings(rule, program(coolDown(seconds(LEGS_UP_THE_WALL, 60)), main(SQUATS)));
            assertEquals(
                    List.of("phase-order"), found.stream().map(Finding::ruleId).toList());
        }

        @Test
        void warmUpMainCoolDownPasses() {
            assertEquals(
                    List.of(),
                    findings(
                            rule,
                            program(
                                    warmUp(FIVE_MINUTE_WARM_UP),
                                    main(SQUATS),
                                    main(SQUATS),
                                    coolDown(seconds(LEGS_UP_THE_WALL, 60)))));
        }
    }

    @Nested
    class UnknownExercise {
        private final Rule rule = new UnknownExerciseRule();

        @Test
        void aStepNamingAnExerciseTheCatalogLacksIsAnError() {
            List<Finding> found = findings(
                    rule,
                    program(
                            warmUp(FIVE_MINUTE_WARM_UP),
                            main(SQUATS, ExerciseStep.of("burpee", Prescription.reps(10)))));
            assertEquals(1, found.size());
            Finding finding = found.get(0);
            assertEquals(Severity.ERROR, finding.severity());
            assertEquals(ExerciseId.of("burpee"), finding.location().exercise());
            assertEquals(1, finding.location().step());
            assertEquals("unknown exercise burpee", finding.message(), "the words a save refuses it with");
        }

        @Test
        void anUnknownExerciseInsideACircuitIsLocatedInsideIt() {
            Circuit circuit = Circuit.of(
                    "Core",
                    2,
                    Duration.ZERO,
                    step(PLANK, Prescription.seconds(30)),
                    ExerciseStep.of("hollow-hold", Prescription.seconds(20)));
            Finding finding = findings(rule, program(main(circuit))).get(0);
            assertEquals(0, finding.location().step());
            assertEquals(1, finding.location().circuitStep());
            assertEquals(
                    "Leg day › main › step 1.2 (hollow-hold)",
                    finding.location().describe());
        }

        @Test
        void catalogExercisesPass() {
            assertEquals(List.of(), findings(rule, BuiltInCatalog.PAIN_FREE_LEG_DAY));
        }
    }

    @Nested
    class Laterality {
        private final Rule rule = new LateralityRule();

        @Test
        void aPerSideDoseOnABilateralExerciseIsAnError() {
            Program program = program(
                    main(ExerciseStep.of("back-squat", Prescription.reps(8).eachSide())));
            List<Finding> found = findings(rule, program);
            assertEquals(1, found.size());
            assertEquals(Severity.ERROR, found.get(0).severity());
            assertEquals(
                    "perSide does not fit back-squat, which is bilateral (was true)",
                    found.get(0).message(),
                    "the words ExerciseStep.of and a save refuse it with");
        }

        @Test
        void aPerSideDoseOnAPerSideExercisePasses() {
            assertEquals(List.of(), findings(rule, program(warmUp(eachSide(LEG_SWINGS, 30)))));
        }

        @Test
        void anUnknownExerciseIsLeftToTheUnknownExerciseRule() {
            assertEquals(
                    List.of(),
                    findings(
                            rule,
                            program(main(ExerciseStep.of(
                                    "burpee", Prescription.reps(5).eachSide())))));
        }
    }

    @Nested
    class StaticStretchBeforeTraining {
        private final Rule rule = new StaticStretchBeforeTrainingRule();

        @Test
        void staticStretchBeforeSquatsHoldingAMuscleForAMinuteIsAWarning() {
            Program program =
                    program(warmUp(eachSide(RECLINING_SINGLE_LEG_STRETCH, 60), eachSide(LEG_SWINGS, 30)), main(SQUATS));
            List<Finding> found = findings(rule, program);
            assertEquals(1, found.size());
            assertEquals(Severity.WARNING, found.get(0).severity());
            assertTrue(
                    found.get(0).message().contains("hamstrings get 1 min"),
                    found.get(0).message());
        }

        @Test
        void shortHoldsOnOneMuscleAddUpToAWarning() {
            Program program = program(
                    warmUp(
                            seconds(STANDING_FORWARD_FOLD, 30),
                            eachSide(RECLINING_SINGLE_LEG_STRETCH, 30),
                            eachSide(LEG_SWINGS, 30)),
                    main(SQUATS));
            List<Finding> found = findings(rule, program);
            assertEquals(
                    List.of(Severity.WARNING, Severity.WARNING),
                    found.stream().map(Finding::severity).toList());
        }

        @Test
        void aShortHoldWithNoDynamicWorkAfterItIsAWarning() {
            Program program =
                    program(warmUp(eachSide(LEG_SWINGS, 30), seconds(STANDING_FORWARD_FOLD, 30)), main(SQUATS));
            Finding finding = findings(rule, program).get(0);
            assertEquals(Severity.WARNING, finding.severity());
            assertTrue(finding.message().contains("no dynamic work after it"), finding.message());
        }

        @Test
        void aShortHoldFollowedByDynamicMovesIsOnlyInfo() {
            Program program =
                    program(warmUp(seconds(STANDING_FORWARD_FOLD, 30), eachSide(LEG_SWINGS, 30)), main(SQUATS));
            List<Finding> found = findings(rule, program);
            assertEquals(1, found.size());
            assertEquals(Severity.INFO, found.get(0).severity());
            assertEquals(
                    ExerciseId.of("standing-forward-fold"),
                    found.get(0).location().exercise());
        }

        @Test
        void circuitRoundsCountTowardsTheHold() {
            Circuit circuit = Circuit.of(
                    "Loosen", 2, Duration.ZERO, seconds(STANDING_FORWARD_FOLD, 30), eachSide(LEG_SWINGS, 30));
            assertEquals(
                    Severity.WARNING,
                    findings(rule, program(warmUp(circuit), main(SQUATS)))
                            .get(0)
                            .severity());
        }

        @Test
        void staticStretchesAfterTrainingPass() {
            assertEquals(
                    List.of(),
                    findings(
                            rule,
                            program(
                                    warmUp(FIVE_MINUTE_WARM_UP),
                                    main(SQUATS),
                                    coolDown(
                                            eachSide(RECLINING_SINGLE_LEG_STRETCH, 90),
                                            seconds(LEGS_UP_THE_WALL, 120)))));
        }

        @Test
        void aStaticStretchThatIsTheMainWorkPasses() {
            assertEquals(List.of(), findings(rule, BuiltInCatalog.DESK_BREAK));
        }

        @Test
        void aLowerThresholdTurnsAShortHoldIntoAWarning() {
            Rule strict = new StaticStretchBeforeTrainingRule(Duration.ofSeconds(20), true);
            Program program =
                    program(warmUp(seconds(STANDING_FORWARD_FOLD, 30), eachSide(LEG_SWINGS, 30)), main(SQUATS));
            assertEquals(Severity.WARNING, findings(strict, program).get(0).severity());
        }

        @Test
        void withoutTheDynamicAfterCheckAShortLastHoldIsOnlyInfo() {
            Rule lenient = new StaticStretchBeforeTrainingRule(Duration.ofSeconds(60), false);
            Program program =
                    program(warmUp(eachSide(LEG_SWINGS, 30), seconds(STANDING_FORWARD_FOLD, 30)), main(SQUATS));
            assertEquals(Severity.INFO, findings(lenient, program).get(0).severity());
        }
    }

    @Nested
    class WarmUpMissing {
        private final Rule rule = new WarmUpMissingRule();

        @Test
        void squatsWithNoWarmUpAreAWarning() {
            List<Finding> found = findings(rule, program(main(SQUATS), coolDown(seconds(LEGS_UP_THE_WALL, 60))));
            assertEquals(1, found.size());
            assertEquals(Severity.WARNING, found.get(0).severity());
            assertEquals("Leg day", found.get(0).location().session());
        }

        @Test
        void squatsAfterAWarmUpPass() {
            assertEquals(List.of(), findings(rule, program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS))));
        }

        @Test
        void aMainPhaseThatDoesNotLoadTheLowerBodyPasses() {
            assertEquals(List.of(), findings(rule, program(main(seconds(PLANK, 30)))));
            assertEquals(List.of(), findings(rule, program(main(step(HIP_HINGE, Prescription.reps(10))))));
        }

        @Test
        void theLoadedAreasAreConfigurable() {
            Rule core = new WarmUpMissingRule(EnumSet.of(Target.ABDOMINALS));
            assertEquals(1, findings(core, program(main(seconds(PLANK, 30)))).size());
        }
    }

    @Nested
    class WarmUpDuration {
        private final Rule rule = new WarmUpDurationRule();

        @Test
        void aTwoMinuteWarmUpIsAWarning() {
            List<Finding> found = findings(rule, program(warmUp(seconds(BODYWEIGHT_SQUAT, 120)), main(SQUATS)));
            assertEquals(1, found.size());
            assertEquals(Severity.WARNING, found.get(0).severity());
            assertTrue(found.get(0).message().contains("2 min"), found.get(0).message());
        }

        @Test
        void anElevenMinuteWarmUpIsAWarning() {
            assertEquals(
                    1,
                    findings(rule, program(warmUp(seconds(BODYWEIGHT_SQUAT, 660)), main(SQUATS)))
                            .size());
        }

        @Test
        void fiveAndTenMinutesBothPass() {
            assertEquals(List.of(), findings(rule, program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS))));
            assertEquals(List.of(), findings(rule, program(warmUp(seconds(BODYWEIGHT_SQUAT, 600)), main(SQUATS))));
        }

        @Test
        void aSessionWithNoWarmUpIsLeftToWarmUpMissing() {
            assertEquals(List.of(), findings(rule, program(main(SQUATS))));
        }

        @Test
        void theLimitsAreConfigurable() {
            Rule longer = new WarmUpDurationRule(Duration.ofMinutes(8), Duration.ofMinutes(15));
            assertEquals(
                    1,
                    findings(longer, program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS)))
                            .size());
        }
    }

    @Nested
    class WarmUpCoverage {
        private final Rule rule = new WarmUpCoverageRule();

        @Test
        void aWarmUpThatMissesLoadedAreasListsThem() {
            List<Finding> found = findings(rule, program(warmUp(seconds(HIP_CIRCLES, 300)), main(SQUATS)));
            assertEquals(1, found.size());
            assertEquals(Severity.WARNING, found.get(0).severity());
            assertEquals(
                    "the warm-up does not reach glutes (back-squat), quadriceps (back-squat)",
                    found.get(0).message());
            assertEquals(PhaseKind.WARM_UP, found.get(0).location().phase());
        }

        @Test
        void aWarmUpThatReachesEveryLoadedAreaPasses() {
            assertEquals(List.of(), findings(rule, program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS))));
        }

        @Test
        void secondaryTargetsOfTheWarmUpCount() {
            // Walking lunges with a twist work the abdominals as a secondary target; planks load them.
            assertEquals(
                    List.of(),
                    findings(rule, program(warmUp(seconds(WALKING_LUNGE_WITH_TWIST, 300)), main(seconds(PLANK, 30)))));
        }
    }

    @Nested
    class CoolDownMissing {
        private final Rule rule = new CoolDownMissingRule();

        @Test
        void legDayWithNoCoolDownIsInfo() {
            List<Finding> found = findings(rule, program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS)));
            assertEquals(1, found.size());
            assertEquals(Severity.INFO, found.get(0).severity());
        }

        @Test
        void aCoolDownThatSkipsTheHamstringsIsInfo() {
            assertEquals(
                    1,
                    findings(
                                    rule,
                                    program(
                                            warmUp(FIVE_MINUTE_WARM_UP),
                                            main(SQUATS),
                                            coolDown(seconds(CHILDS_POSE, 60))))
                            .size());
        }

        @Test
        void aHamstringStretchAfterTrainingPasses() {
            assertEquals(
                    List.of(),
                    findings(
                            rule,
                            program(
                                    warmUp(FIVE_MINUTE_WARM_UP),
                                    main(SQUATS),
                                    coolDown(seconds(LEGS_UP_THE_WALL, 120)))));
        }

        @Test
        void anUpperBodySessionNeedsNoHamstringStretch() {
            assertEquals(List.of(), findings(rule, program(main(seconds(PLANK, 30)))));
        }
    }

    @Nested
    class PosteriorChainBalance {
        private final Rule rule = new PosteriorChainBalanceRule();

        @Test
        void legDayWithNoCoreWorkAllWeekIsInfo() {
            List<Finding> found = findings(rule, program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS)));
            assertEquals(1, found.size());
            assertEquals(Severity.INFO, found.get(0).severity());
            assertEquals(Location.program(), found.get(0).location());
            assertTrue(found.get(0).message().contains("core"), found.get(0).message());
        }

        @Test
        void coreAndGluteWorkLaterInTheWeekPasses() {
            Program week = program(
                    Session.of("Leg day", warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS)),
                    Session.of("Core", main(step(GLUTE_BRIDGE, Prescription.reps(12)), seconds(PLANK, 30))));
            assertEquals(List.of(), findings(rule, week));
        }

        @Test
        void aProgramThatDoesNotTrainTheLowerBodyPasses() {
            assertEquals(List.of(), findings(rule, BuiltInCatalog.DESK_BREAK));
        }
    }
}
