package dev.limber.domain.rules;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.ProgramId;
import java.util.List;

/**
 * All findings for one program, with the counts adapters print and map to exit codes.
 *
 * @param program  the program checked
 * @param findings what the rules found, rule by rule
 */
public record ValidationReport(ProgramId program, List<Finding> findings) {
    public ValidationReport {
        Checks.required("program", program);
        findings = Checks.list("findings", findings);
    }

    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** No error and no warning (info is advice). */
    public boolean passes() {
        return count(Severity.ERROR) == 0 && count(Severity.WARNING) == 0;
    }
}
