package dev.limber.domain.rules;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configured set of rules: the defaults, with rules switched off, severities changed,
 * thresholds replaced (a rule built with other parameters, under the same id) and custom rules
 * added. Immutable: every change returns a new set.
 *
 * <p>A severity override applies to the findings a rule raises at its default severity; a
 * graded rule's milder findings (the info of {@code static-stretch-before-training} and
 * {@code warm-up-duration}) keep their grade.
 */
public final class Guidelines {
    private final Map<String, Rule> rules;
    private final Map<String, Severity> severities;

    private Guidelines(Map<String, Rule> rules, Map<String, Severity> severities) {
        this.rules = rules;
        this.severities = severities;
    }

    /** Every built-in rule at its default severity and thresholds. */
    public static Guidelines defaults() {
        return of(
                new PhaseOrderRule(),
                new UnknownExerciseRule(),
                new LateralityRule(),
                new StaticStretchBeforeTrainingRule(),
                new WarmUpMissingRule(),
                new WarmUpDurationRule(),
                new WarmUpCoverageRule(),
                new RampUpMissingRule(),
                new CoolDownMissingRule(),
                new NerveGlideRule(),
                new PosteriorChainBalanceRule());
    }

    /** Exactly these rules; ids must not repeat. */
    public static Guidelines of(Rule... rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (int i = 0; i < rules.length; i++) {
            Rule rule = Checks.required("rules[" + i + "]", rules[i]);
            Checks.slug("rule.id", rule.id());
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new InvalidValueException("rule.id", rule.id(), "must not repeat");
            }
        }
        return new Guidelines(byId, Map.of());
    }

    /** Adds a rule, or replaces the one with the same id (to change its thresholds). */
    public Guidelines with(Rule rule) {
        Checks.required("rule", rule);
        Checks.slug("rule.id", rule.id());
        Map<String, Rule> copy = new LinkedHashMap<>(rules);
        copy.put(rule.id(), rule);
        return new Guidelines(copy, severities);
    }

    /** Switches a rule off. */
    public Guidelines without(String ruleId) {
        known(ruleId);
        Map<String, Rule> copy = new LinkedHashMap<>(rules);
        copy.remove(ruleId);
        Map<String, Severity> levels = new LinkedHashMap<>(severities);
        levels.remove(ruleId);
        return new Guidelines(copy, Map.copyOf(levels));
    }

    /** Reports a rule's findings at another severity. */
    public Guidelines severity(String ruleId, Severity severity) {
        known(ruleId);
        Checks.required("severity", severity);
        Map<String, Severity> levels = new LinkedHashMap<>(severities);
        levels.put(ruleId, severity);
        return new Guidelines(rules, Map.copyOf(levels));
    }

    /** The active rules, in evaluation order. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    /** The severity a rule's default-level findings are reported at. */
    public Severity severityOf(String ruleId) {
        Rule rule = known(ruleId);
        return severities.getOrDefault(ruleId, rule.defaultSeverity());
    }

    /** Every active rule's findings, rule by rule, with configured severities applied. */
    public List<Finding> evaluate(Program program, RuleContext context) {
        Checks.required("program", program);
        Checks.required("context", context);
        List<Finding> all = new ArrayList<>();
        for (Rule rule : rules.values()) {
            Severity configured = severities.get(rule.id());
            for (Finding finding : rule.evaluate(program, context)) {
                boolean atDefault = finding.severity() == rule.defaultSeverity();
                all.add(configured != null && atDefault ? finding.withSeverity(configured) : finding);
            }
        }
        return List.copyOf(all);
    }

    private Rule known(String ruleId) {
        Rule rule = rules.get(ruleId);
        if (rule == null) {
            throw new InvalidValueException("rule", ruleId, "is not one of " + String.join(", ", rules.keySet()));
        }
        return rule;
    }
}
