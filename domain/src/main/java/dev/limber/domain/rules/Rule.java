package dev.limber.domain.rules;

import dev.limber.domain.program.Program;
import java.util.List;

/**
 * One training guideline: the public extension point other apps implement to add their own.
 * A rule reads a program and returns findings; it never throws for advice. Ids are stable slugs
 * because configurations and reports name rules by them.
 */
public interface Rule {

    /** Stable id, a slug such as {@code phase-order}. */
    String id();

    /** The severity of its findings unless configured otherwise. */
    Severity defaultSeverity();

    /** One line on why the rule exists, in English. */
    String rationale();

    /**
     * The rationale's key and arguments, for other languages ({@link FindingText}). By default the
     * key {@code <id>.rationale} without arguments; a rule whose key no bundle has keeps its
     * English {@link #rationale()} in every language.
     */
    default Phrase rationaleText() {
        return Phrase.of(id() + ".rationale");
    }

    /** The findings for this program, in program order; empty when it complies. */
    List<Finding> evaluate(Program program, RuleContext context);
}
