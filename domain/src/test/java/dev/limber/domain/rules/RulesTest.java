package dev.limber.domain.rules;

import static dev.limber.domain.catalog.BuiltInCatalog.BACK_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.BODYWEIGHT_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.CHILDS_POSE;
import static dev.limber.domain.catalog.BuiltInCatalog.GLUTE_BRIDGE;
import static dev.limber.domain.catalog.BuiltInCatalog.HIP_CIRCLES;
import static dev.limber.domain.catalog.BuiltInCatalog.HIP_HINGE;
import static dev.limber.domain.catalog.BuiltInCatalog.KNEES_TO_CHEST;
import static dev.limber.domain.catalog.BuiltInCatalog.LEGS_UP_THE_WALL;
import static dev.limber.domain.catalog.BuiltInCatalog.LEG_CURL;
import static dev.limber.domain.catalog.BuiltInCatalog.LEG_SWINGS;
import static dev.limber.domain.catalog.BuiltInCatalog.PLANK;
import static dev.limber.domain.catalog.BuiltInCatalog.RECLINING_SINGLE_LEG_STRETCH;
import static dev.limber.domain.catalog.BuiltInCatalog.SCIATIC_NERVE_FLOSS;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Set;
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
                    found.get(0).message().contains("adds up to 1 min for the hamstrings"),
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
            assertTrue(finding.message().startsWith("no moving work follows standing-forward-fold"), finding.message());
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
        void staticStretchesAtTheTopOfTheMainPhaseAreGraded() {
            Program program = program(main(eachSide(RECLINING_SINGLE_LEG_STRETCH, 120), SQUATS));
            List<Finding> found = findings(rule, program);
            assertEquals(1, found.size());
            assertEquals(Severity.WARNING, found.get(0).severity());
            assertEquals(
                    "static holding before back-squat adds up to 2 min for the hamstrings (this check warns at 1 min"
                            + " a muscle); keep holds shorter or move reclining-single-leg-stretch to the cool-down",
                    found.get(0).message());
        }

        @Test
        void aStretchAfterTheLastLoadedStepOfTheMainPhasePasses() {
            assertEquals(
                    List.of(),
                    findings(
                            rule,
                            program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS, seconds(STANDING_FORWARD_FOLD, 90)))));
        }

        @Test
        void eachMuscleIsGivenItsOwnTotal() {
            Program program = program(
                    warmUp(seconds(CHILDS_POSE, 60), seconds(KNEES_TO_CHEST, 30), eachSide(LEG_SWINGS, 30)),
                    main(SQUATS));
            Finding childsPose = findings(rule, program).get(0);
            assertEquals(
                    "static holding before back-squat adds up to 1 min 30 s for the lower-back and 1 min for the hips"
                            + " (this check warns at 1 min a muscle); keep holds shorter or move childs-pose to the"
                            + " cool-down",
                    childsPose.message());
        }

        @Test
        void theMessageAndRationaleGiveTheConfiguredThreshold() {
            Rule strict = new StaticStretchBeforeTrainingRule(Duration.ofSeconds(45), true);
            Program program =
                    program(warmUp(seconds(STANDING_FORWARD_FOLD, 50), eachSide(LEG_SWINGS, 30)), main(SQUATS));
            Finding finding = findings(strict, program).get(0);
            assertTrue(finding.message().contains("this check warns at 45 s a muscle"), finding.message());
            assertFalse(finding.message().contains("%"), "research figures stay in the rationale");
            assertTrue(
                    finding.rationale()
                            .startsWith("Save long static stretching for after training: this check"
                                    + " warns at 45 s of static holding"),
                    finding.rationale());
        }

        @Test
        void gluteBridgesAfterAStretchCountAsMovingWork() {
            Program program = program(
                    warmUp(seconds(STANDING_FORWARD_FOLD, 30), step(GLUTE_BRIDGE, Prescription.reps(10))),
                    main(SQUATS));
            assertEquals(
                    List.of(Severity.INFO),
                    findings(rule, program).stream().map(Finding::severity).toList());
        }

        @Test
        void aNerveGlideIsNotGradedAsAStretch() {
            assertEquals(List.of(), findings(rule, program(warmUp(eachSide(SCIATIC_NERVE_FLOSS, 60)), main(SQUATS))));
        }

        @Test
        void aStretchInACoolDownPlacedFirstIsNotAdvisedToMoveThere() {
            // phase-order reports the order; this rule must not say "move it to the cool-down".
            assertEquals(List.of(), findings(rule, program(coolDown(seconds(LEGS_UP_THE_WALL, 120)), main(SQUATS))));
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
            assertTrue(
                    found.get(0).message().startsWith("the main phase loads the glutes and quadriceps but the session"),
                    found.get(0).message());
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
        void aTwelveMinuteWarmUpIsOnlyInfoAboutTheArticlesHabit() {
            List<Finding> found = findings(rule, program(warmUp(seconds(BODYWEIGHT_SQUAT, 720)), main(SQUATS)));
            assertEquals(1, found.size());
            assertEquals(Severity.INFO, found.get(0).severity());
            assertEquals(
                    "the warm-up takes 12 min, over the article's 5 min to 10 min; that range is the article's"
                            + " habit, not a limit from evidence (FIFA 11+ takes about 20 min)",
                    found.get(0).message());
            assertFalse(found.get(0).rationale().contains("tires"), found.get(0).rationale());
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
        void theLimitsAreConfigurableAndTheMessageGivesThem() {
            Rule longer = new WarmUpDurationRule(Duration.ofMinutes(8), Duration.ofMinutes(15));
            List<Finding> found = findings(longer, program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS)));
            assertEquals(
                    List.of("the warm-up takes 5 min, under this check's 8 min to 15 min: too short to warm up well"),
                    found.stream().map(Finding::message).toList());
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
                    "the warm-up does not reach glutes (back-squat), quadriceps (back-squat), hamstrings (an area"
                            + " the article warms before leg day); add leg-swings, walking-lunge-with-twist or"
                            + " glute-kickback for the glutes; walking-lunge-with-twist or bodyweight-squat for the"
                            + " quadriceps; leg-swings, walking-lunge-with-twist or standing-roll-down for the hamstrings",
                    found.get(0).message());
            assertEquals(PhaseKind.WARM_UP, found.get(0).location().phase());
        }

        @Test
        void aWarmUpThatReachesEveryLoadedAreaPasses() {
            assertEquals(List.of(), findings(rule, program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS))));
        }

        @Test
        void staticHoldsWarmNothing() {
            Program program = program(
                    warmUp(
                            eachSide(RECLINING_SINGLE_LEG_STRETCH, 30),
                            seconds(CHILDS_POSE, 30),
                            seconds(KNEES_TO_CHEST, 30)),
                    main(SQUATS));
            String message = findings(rule, program).get(0).message();
            assertTrue(
                    message.startsWith("the warm-up does not reach glutes (back-squat), quadriceps (back-squat),"
                            + " hamstrings, hips and lower-back (areas the article warms before leg day); add"),
                    message);
        }

        @Test
        void aNerveGlideWarmsNothing() {
            Program program =
                    program(warmUp(FIVE_MINUTE_WARM_UP), warmUp(eachSide(SCIATIC_NERVE_FLOSS, 30)), main(SQUATS));
            Program without = program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS));
            assertEquals(
                    findings(rule, without).stream().map(Finding::message).toList(),
                    findings(rule, program).stream().map(Finding::message).toList());
        }

        @Test
        void squatsAloneMissTheHipsAndTheLowerBackAndTheFindingSuggestsMoves() {
            Program program = program(
                    warmUp(seconds(BODYWEIGHT_SQUAT, 300)), main(SQUATS, step(LEG_CURL, Prescription.reps(12))));
            assertEquals(
                    List.of("the warm-up does not reach hips and lower-back (areas the article warms before leg day);"
                            + " add hip-circles for the hips; hip-circles, standing-roll-down or glute-kickback for the"
                            + " lower-back"),
                    findings(rule, program).stream().map(Finding::message).toList());
        }

        @Test
        void theLegDayAreasAreConfigurable() {
            Rule own = new WarmUpCoverageRule(Set.of());
            assertEquals(List.of(), findings(own, program(warmUp(seconds(BODYWEIGHT_SQUAT, 300)), main(SQUATS))));
            Rule withCalves = new WarmUpCoverageRule(Set.of(Target.CALVES));
            assertEquals(
                    List.of(),
                    findings(withCalves, program(warmUp(seconds(BODYWEIGHT_SQUAT, 300)), main(SQUATS))),
                    "bodyweight squats work the calves as a secondary target");
        }

        @Test
        void anUpperBodyMainNeedsNoLegDayAreas() {
            assertEquals(
                    List.of(),
                    findings(rule, program(warmUp(seconds(WALKING_LUNGE_WITH_TWIST, 300)), main(seconds(PLANK, 30)))));
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
        void aNerveFlossIsNotACoolDownStretchAndSaysWhatItIsFor() {
            List<Finding> found = findings(
                    rule,
                    program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS), coolDown(eachSide(SCIATIC_NERVE_FLOSS, 60))));
            assertEquals(1, found.size());
            String message = found.get(0).message();
            assertTrue(
                    message.startsWith(
                            "a lower-body session with no cool-down stretch for the hamstrings;"
                                    + " sciatic-nerve-floss is a nerve glide, neither a stretch nor a warm-up: the article uses nerve"
                                    + " flossing when traditional stretching doesn't relieve the tightness. Caution: See a clinician"),
                    message);
        }

        @Test
        void anUpperBodySessionNeedsNoHamstringStretch() {
            assertEquals(List.of(), findings(rule, program(main(seconds(PLANK, 30)))));
        }
    }

    @Nested
    class NerveGlide {
        private final Rule rule = new NerveGlideRule();

        @Test
        void everyNerveGlideCarriesTheArticlesConditionAndItsCaution() {
            List<Finding> found = findings(
                    rule,
                    program(warmUp(FIVE_MINUTE_WARM_UP), main(SQUATS), coolDown(eachSide(SCIATIC_NERVE_FLOSS, 60))));
            assertEquals(1, found.size());
            assertEquals(Severity.INFO, found.get(0).severity());
            assertEquals(
                    ExerciseId.of("sciatic-nerve-floss"),
                    found.get(0).location().exercise());
            assertTrue(found.get(0).message().contains("when traditional stretching doesn't relieve the tightness"));
            assertTrue(found.get(0).message().contains("Caution: See a clinician"));
            assertTrue(found.get(0).rationale().contains("mixed"), found.get(0).rationale());
        }

        @Test
        void programsWithoutOnePass() {
            assertEquals(List.of(), findings(rule, BuiltInCatalog.PAIN_FREE_LEG_DAY));
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
