package dev.limber.domain.rules;

import static dev.limber.domain.catalog.BuiltInCatalog.BACK_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.LEG_SWINGS;
import static dev.limber.domain.catalog.BuiltInCatalog.STANDING_FORWARD_FOLD;
import static dev.limber.domain.rules.Fixtures.CONTEXT;
import static dev.limber.domain.rules.Fixtures.eachSide;
import static dev.limber.domain.rules.Fixtures.main;
import static dev.limber.domain.rules.Fixtures.program;
import static dev.limber.domain.rules.Fixtures.seconds;
import static dev.limber.domain.rules.Fixtures.step;
import static dev.limber.domain.rules.Fixtures.warmUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuidelinesTest {
    /** Squats with no warm-up, no cool-down and no core work. */
    private final Program coldSquats =
            program(main(step(BACK_SQUAT, Prescription.reps(8).sets(3))));

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    @Test
    void theDefaultsHaveTheIssuesStableIds() {
        assertEquals(
                List.of(
                        "phase-order",
                        "unknown-exercise",
                        "laterality",
                        "static-stretch-before-training",
                        "warm-up-missing",
                        "warm-up-duration",
                        "warm-up-coverage",
                        "ramp-up-missing",
                        "cool-down-missing",
                        "nerve-glide",
                        "posterior-chain-balance"),
                Guidelines.defaults().rules().stream().map(Rule::id).toList());
    }

    @Test
    void coldSquatsGetAWarningAndTwoNotes() {
        List<Finding> found = Guidelines.defaults().evaluate(coldSquats, CONTEXT);
        assertEquals(List.of("warm-up-missing", "cool-down-missing", "posterior-chain-balance"), ids(found));
        assertEquals(
                List.of(Severity.WARNING, Severity.INFO, Severity.INFO),
                found.stream().map(Finding::severity).toList());
        assertFalse(found.get(0).rationale().isBlank());
    }

    @Test
    void aRuleSwitchedOffFindsNothing() {
        List<Finding> found = Guidelines.defaults().without("warm-up-missing").evaluate(coldSquats, CONTEXT);
        assertEquals(List.of("cool-down-missing", "posterior-chain-balance"), ids(found));
    }

    @Test
    void aRulesSeverityCanBeRaised() {
        Guidelines strict = Guidelines.defaults().severity("warm-up-missing", Severity.ERROR);
        assertEquals(Severity.ERROR, strict.severityOf("warm-up-missing"));
        assertEquals(Severity.ERROR, strict.evaluate(coldSquats, CONTEXT).get(0).severity());
    }

    @Test
    void aGradedRuleKeepsItsMilderFindingsWhenItsSeverityChanges() {
        Program program = program(
                warmUp(seconds(STANDING_FORWARD_FOLD, 30), eachSide(LEG_SWINGS, 30)),
                main(step(BACK_SQUAT, Prescription.reps(8))));
        Guidelines strict = Guidelines.defaults().severity("static-stretch-before-training", Severity.ERROR);
        List<Finding> found = strict.evaluate(program, CONTEXT).stream()
                .filter(f -> f.ruleId().equals("static-stretch-before-training"))
                .toList();
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    void thresholdsChangeByReplacingARuleUnderItsId() {
        Guidelines patient =
                Guidelines.defaults().with(new WarmUpDurationRule(Duration.ofMinutes(1), Duration.ofMinutes(30)));
        assertEquals(11, patient.rules().size());
        assertTrue(patient.rule("warm-up-duration").orElseThrow() instanceof WarmUpDurationRule rule
                && rule.minimum().equals(Duration.ofMinutes(1)));
    }

    @Test
    void aCustomRuleRunsBesideTheDefaults() {
        Rule noDeadlifts = new Rule() {
            @Override
            public String id() {
                return "no-heavy-squats";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }

            @Override
            public String rationale() {
                return "This gym has no squat rack.";
            }

            @Override
            public List<Finding> evaluate(Program program, RuleContext context) {
                return PlacedStep.in(program).stream()
                        .filter(p -> p.step().exercise().equals(BACK_SQUAT.id()))
                        .map(p -> Finding.of(this, p.location(), "no rack for back squats here"))
                        .toList();
            }
        };
        List<Finding> found = Guidelines.defaults().with(noDeadlifts).evaluate(coldSquats, CONTEXT);
        assertEquals("no-heavy-squats", found.get(found.size() - 1).ruleId());
        assertEquals("This gym has no squat rack.", found.get(found.size() - 1).rationale());
    }

    @Test
    void switchingOffAnUnknownRuleIsRefusedNamingIt() {
        InvalidValueException refused = assertThrows(
                InvalidValueException.class, () -> Guidelines.defaults().without("warmup-missing"));
        assertEquals("rule", refused.field());
        assertTrue(refused.getMessage().contains("\"warmup-missing\""), refused.getMessage());
        assertTrue(refused.getMessage().contains("warm-up-missing"), refused.getMessage());
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        assertThrows(InvalidValueException.class, () -> Guidelines.of(new PhaseOrderRule(), new PhaseOrderRule()));
    }

    @Test
    void severitiesParseFromTheirExternalNames() {
        assertEquals(Severity.WARNING, Severity.parse("warning"));
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Severity.parse("fatal"));
        assertTrue(refused.getMessage().contains("error, warning, info"), refused.getMessage());
    }
}
