package dev.limber.api.findings;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.api.openapi.ApiDocs;
import dev.limber.domain.rules.Finding;
import dev.limber.domain.rules.Location;
import dev.limber.domain.rules.Severity;
import dev.limber.domain.rules.ValidationReport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A program's guideline findings: each with its rule, severity, where it is, what is wrong and
 * why it matters; the counts by severity; and whether the program passes (no error, no warning).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportView(
        String program, boolean passes, long errors, long warnings, long infos, List<FindingView> findings) {

    /** One finding. */
    @Serdeable
    public record FindingView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String rule,

            @Schema(ref = ApiDocs.SEVERITY, requiredMode = Schema.RequiredMode.REQUIRED)
            String severity,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocationView location,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String message,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String rationale) {}

    /**
     * Where a finding points; indexes count from 0 as in a document's path, {@code description}
     * counts from 1 for people.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocationView(
            String session,
            Integer phaseIndex,
            @Schema(ref = ApiDocs.PHASE_KIND) String phase,
            Integer step,
            Integer circuitStep,
            String exercise,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String description) {}

    public static ReportView of(ValidationReport report) {
        return new ReportView(
                report.program().value(),
                report.passes(),
                report.count(Severity.ERROR),
                report.count(Severity.WARNING),
                report.count(Severity.INFO),
                report.findings().stream().map(ReportView::finding).toList());
    }

    private static FindingView finding(Finding finding) {
        Location at = finding.location();
        LocationView location = new LocationView(
                at.session(),
                at.phaseIndex(),
                at.phase() == null ? null : at.phase().externalName(),
                at.step(),
                at.circuitStep(),
                at.exercise() == null ? null : at.exercise().value(),
                at.describe());
        return new FindingView(
                finding.ruleId(), finding.severity().externalName(), location, finding.message(), finding.rationale());
    }
}
