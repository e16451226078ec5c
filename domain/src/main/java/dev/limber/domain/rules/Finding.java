package dev.limber.domain.rules;

import dev.limber.domain.guard.Checks;

/**
 * What a rule found: which rule, how much it matters, where, what is wrong and why it matters.
 *
 * @param ruleId    the rule's stable id, e.g. {@code warm-up-missing}
 * @param severity  how much it matters (after any configured override)
 * @param location  where in the program
 * @param message   what is wrong, naming the values involved
 * @param rationale one line on why the rule exists
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String rationale) {
    public Finding {
        Checks.slug("ruleId", ruleId);
        Checks.required("severity", severity);
        Checks.required("location", location);
        message = Checks.notBlank("message", message);
        rationale = rationale == null ? "" : rationale.strip();
    }

    /** A finding of a rule at its default severity, with its rationale. */
    public static Finding of(Rule rule, Location location, String message) {
        return new Finding(rule.id(), rule.defaultSeverity(), location, message, rule.rationale());
    }

    /** The same finding at another severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(ruleId, other, location, message, rationale);
    }

    /** One line for a terminal or a log: {@code warning warm-up-missing Leg day: …}. */
    @Override
    public String toString() {
        return severity.externalName() + " " + ruleId + " " + location.describe() + ": " + message;
    }
}
