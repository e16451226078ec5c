package dev.limber.domain.rules;

import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.util.ArrayList;
import java.util.List;

/** {@code phase-order} (error): phases must run warm-up → main → cool-down. */
public final class PhaseOrderRule implements Rule {
    public static final String ID = "phase-order";

    /** The rule with its defaults; it has no thresholds. */
    public PhaseOrderRule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String rationale() {
        // Worded once per rule, not per finding: the rule is immutable, so its rationale is too.
        String english = rationale;
        if (english == null) {
            english = FindingText.english(rationaleText());
            rationale = english;
        }
        return english;
    }

    private String rationale;

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Session session : program.sessions()) {
            Phase latest = session.phases().get(0);
            for (int i = 1; i < session.phases().size(); i++) {
                Phase phase = session.phases().get(i);
                if (phase.kind().compareTo(latest.kind()) < 0) {
                    findings.add(Finding.of(
                            this,
                            Location.phase(session.name(), i, phase.kind()),
                            Phrase.of(ID + ".out-of-order", "phase", phase.kind(), "after", latest.kind())));
                } else {
                    latest = phase;
                }
            }
        }
        return findings;
    }
}
