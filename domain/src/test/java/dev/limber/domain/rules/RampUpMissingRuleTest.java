package dev.limber.domain.rules;

import static dev.limber.domain.catalog.BuiltInCatalog.BACK_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.BODYWEIGHT_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.DEADLIFT;
import static dev.limber.domain.catalog.BuiltInCatalog.GLUTE_BRIDGE;
import static dev.limber.domain.catalog.BuiltInCatalog.LEG_SWINGS;
import static dev.limber.domain.catalog.BuiltInCatalog.PLANK;
import static dev.limber.domain.rules.Fixtures.findings;
import static dev.limber.domain.rules.Fixtures.main;
import static dev.limber.domain.rules.Fixtures.program;
import static dev.limber.domain.rules.Fixtures.seconds;
import static dev.limber.domain.rules.Fixtures.step;
import static dev.limber.domain.rules.Fixtures.warmUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.program.Effort;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ramp-up-missing}: a heavy first lift with neither ramp-up sets nor a warm-up of its pattern. */
class RampUpMissingRuleTest {
    private final RampUpMissingRule rule = new RampUpMissingRule();

    private static Prescription fives() {
        return Prescription.reps(5).sets(3);
    }

    @Test
    void aHeavyDeadliftWithoutRampUpSetsIsNoted() {
        Program program = program(warmUp(seconds(LEG_SWINGS, 60)), main(step(DEADLIFT, fives().effort(Effort.rpe(8)))));
        List<Finding> found = findings(rule, program);
        assertEquals(1, found.size());
        Finding finding = found.get(0);
        assertEquals(Severity.INFO, finding.severity());
        assertEquals(
                "the main phase starts with deadlift at RPE 8 without ramp-up sets or a warm-up of its pattern;"
                        + " add ramp-up sets (rampUp: standard: the empty bar, then about 40, 60 and 80 % of the"
                        + " working load)",
                finding.message());
        assertEquals(Integer.valueOf(0), finding.location().step());
        assertTrue(finding.rationale().contains("Fradkin et al. 2010"));
    }

    @Test
    void seventyPercentOfMaxAndTwoRepsInReserveAreHeavy() {
        assertEquals(
                1,
                findings(rule, program(main(step(DEADLIFT, fives().load("70%")))))
                        .size());
        assertEquals(
                1,
                findings(rule, program(main(step(DEADLIFT, fives().effort(Effort.rir(2))))))
                        .size());
        assertEquals(
                1,
                findings(
                                rule,
                                program(main(step(
                                        DEADLIFT,
                                        fives().load("bodyweight+20kg").effort(Effort.rpe(9))))))
                        .size());
    }

    @Test
    void lighterLiftsAndFixedLoadsAloneAreNotJudged() {
        assertEquals(List.of(), findings(rule, program(main(step(DEADLIFT, fives().load("65%"))))));
        assertEquals(List.of(), findings(rule, program(main(step(DEADLIFT, fives().effort(Effort.rpe(7.5)))))));
        assertEquals(List.of(), findings(rule, program(main(step(DEADLIFT, fives().effort(Effort.rir(3)))))));
        // 180 kg may be heavy or light: without a max or an effort the rule cannot say.
        assertEquals(List.of(), findings(rule, program(main(step(DEADLIFT, fives().load("180kg"))))));
    }

    @Test
    void rampUpSetsSilenceIt() {
        Prescription ramped = fives().load("80%").rampUp("standard");
        assertEquals(List.of(), findings(rule, program(main(step(DEADLIFT, ramped)))));
    }

    @Test
    void aWarmUpOfTheSamePatternSilencesIt() {
        // Light sets of the lift itself in the warm-up.
        assertEquals(
                List.of(),
                findings(
                        rule,
                        program(
                                warmUp(step(DEADLIFT, Prescription.reps(5).load("40%"))),
                                main(step(DEADLIFT, fives().load("80%"))))));
        // Bodyweight squats work the quadriceps and glutes, the back squat's primary targets.
        assertEquals(
                List.of(),
                findings(
                        rule,
                        program(warmUp(seconds(BODYWEIGHT_SQUAT, 60)), main(step(BACK_SQUAT, fives().load("80%"))))));
        // ...but not the deadlift's lower back.
        assertEquals(
                1,
                findings(
                                rule,
                                program(
                                        warmUp(seconds(BODYWEIGHT_SQUAT, 60)),
                                        main(step(DEADLIFT, fives().load("80%")))))
                        .size());
    }

    @Test
    void onlyTheFirstStrengthLiftOfTheMainPhaseIsJudged() {
        // A heavy lift second in the main phase: the session is warm by then.
        assertEquals(
                List.of(),
                findings(
                        rule,
                        program(main(step(GLUTE_BRIDGE, Prescription.reps(12)), step(DEADLIFT, fives().load("85%"))))));
        // A plank is no lift, however hard.
        assertEquals(
                List.of(),
                findings(rule, program(main(step(PLANK, Prescription.seconds(30).effort(Effort.rpe(9)))))));
    }
}
