package dev.limber.domain.rules;

import dev.limber.domain.guard.Checks;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What a rule found: which rule, how much it matters, where, what is wrong and why it matters.
 * Besides its English text, a finding carries what an app needs to word it in another language:
 * the stable {@link #key()} and named {@link #arguments()} of its message ({@link #text()}) and of
 * its rationale ({@link #reason()}); {@link #message(Locale)} words it in a shipped language.
 *
 * @param ruleId    the rule's stable id, e.g. {@code warm-up-missing} (never translated)
 * @param severity  how much it matters (after any configured override)
 * @param location  where in the program
 * @param message   what is wrong, naming the values involved, in English
 * @param rationale one line on why the rule exists, in English
 * @param text      the message's key and arguments, e.g. {@code warm-up-duration.too-short} with
 *                  {@code total} and {@code range}
 * @param reason    the rationale's key and arguments, e.g. {@code warm-up-duration.rationale}
 */
public record Finding(
        String ruleId,
        Severity severity,
        Location location,
        String message,
        String rationale,
        Phrase text,
        Phrase reason) {
    public Finding {
        Checks.slug("ruleId", ruleId);
        Checks.required("severity", severity);
        Checks.required("location", location);
        message = Checks.notBlank("message", message);
        rationale = rationale == null ? "" : rationale.strip();
        Checks.required("text", text);
        Checks.required("reason", reason);
    }

    /**
     * A finding worded only in English, as a custom rule may raise it: its key is the rule's id
     * and its rationale's key {@code <rule id>.rationale}; in a language whose bundle lacks them
     * it stays in English.
     */
    public Finding(String ruleId, Severity severity, Location location, String message, String rationale) {
        this(ruleId, severity, location, message, rationale, Phrase.of(ruleId), Phrase.of(ruleId + ".rationale"));
    }

    /** A finding of a rule at its default severity, with its rationale, worded in English only. */
    public static Finding of(Rule rule, Location location, String message) {
        return new Finding(
                rule.id(),
                rule.defaultSeverity(),
                location,
                message,
                rule.rationale(),
                Phrase.of(rule.id()),
                rule.rationaleText());
    }

    /** A finding of a rule at its default severity, with its rationale; the English comes from Limber's bundle. */
    public static Finding of(Rule rule, Location location, Phrase text) {
        return of(rule, location, text, FindingText.english(text));
    }

    /**
     * A finding of a rule at its default severity, with its rationale, worded by key for other
     * languages and in English as given: for an app's own rule, whose keys Limber's bundles lack.
     */
    public static Finding of(Rule rule, Location location, Phrase text, String english) {
        return new Finding(
                rule.id(), rule.defaultSeverity(), location, english, rule.rationale(), text, rule.rationaleText());
    }

    /** The same finding at another severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(ruleId, other, location, message, rationale, text, reason);
    }

    /** The message's stable key, e.g. {@code warm-up-duration.too-short}. */
    public String key() {
        return text.key();
    }

    /** The message's named arguments, in order (see {@link Phrase} for their types). */
    public Map<String, Object> arguments() {
        return text.arguments();
    }

    /** The message in the shipped language nearest to the locale (English unless German). */
    public String message(Locale locale) {
        return message(FindingText.bundle(locale));
    }

    /** The message worded by an app's own bundle; the English message when the bundle lacks a key. */
    public String message(ResourceBundle bundle) {
        return FindingText.words(text, bundle) ? FindingText.render(text, bundle) : message;
    }

    /** The rationale in the shipped language nearest to the locale (English unless German). */
    public String rationale(Locale locale) {
        return rationale(FindingText.bundle(locale));
    }

    /** The rationale worded by an app's own bundle; the English rationale when the bundle lacks a key. */
    public String rationale(ResourceBundle bundle) {
        return FindingText.words(reason, bundle) ? FindingText.render(reason, bundle) : rationale;
    }

    /** One line for a terminal or a log: {@code warning warm-up-missing Leg day: …}. */
    @Override
    public String toString() {
        return severity.externalName() + " " + ruleId + " " + location.describe() + ": " + message;
    }
}
