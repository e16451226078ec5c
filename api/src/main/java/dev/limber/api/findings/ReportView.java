package dev.limber.api.findings;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.api.openapi.ApiDocs;
import dev.limber.domain.rules.Finding;
import dev.limber.domain.rules.FindingText;
import dev.limber.domain.rules.Location;
import dev.limber.domain.rules.Severity;
import dev.limber.domain.rules.ValidationReport;
import dev.limber.formats.finding.FindingArguments;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A program's guideline findings: each with its rule, severity, where it is, what is wrong and
 * why it matters; the counts by severity; and whether the program passes (no error, no warning).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportView(
        String program, boolean passes, long errors, long warnings, long infos, List<FindingView> findings) {

    /**
     * One finding: its rule id and message key stay the same in every language; message, rationale
     * and location description are worded in the response's {@code Content-Language}.
     */
    @Serdeable
    public record FindingView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String rule,

            @Schema(
                    description = "The message's stable key, for an app that words findings itself.",
                    example = "warm-up-duration.too-short",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(
                    description = "The message's named arguments, in order: numbers, durations (`1m30s`), exercise"
                            + " ids, target and phase ids, arrays of those, and nested fragments as objects with their"
                            + " own `key` and `arguments`.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            // Required, so written as {} when a message has none (serde leaves empty maps out by default).
            @JsonInclude(JsonInclude.Include.ALWAYS)
            Map<String, Object> arguments,

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

    /** The report with its findings in English. */
    public static ReportView of(ValidationReport report) {
        return of(report, Locale.ENGLISH);
    }

    /** The report with its findings worded in a language ({@link FindingText#supported}). */
    public static ReportView of(ValidationReport report, Locale language) {
        return new ReportView(
                report.program().value(),
                report.passes(),
                report.count(Severity.ERROR),
                report.count(Severity.WARNING),
                report.count(Severity.INFO),
                report.findings().stream().map(f -> finding(f, language)).toList());
    }

    private static FindingView finding(Finding finding, Locale language) {
        Location at = finding.location();
        LocationView location = new LocationView(
                at.session(),
                at.phaseIndex(),
                at.phase() == null ? null : at.phase().externalName(),
                at.step(),
                at.circuitStep(),
                at.exercise() == null ? null : at.exercise().value(),
                FindingText.describe(at, language));
        return new FindingView(
                finding.ruleId(),
                finding.key(),
                FindingArguments.plain(finding.arguments()),
                finding.severity().externalName(),
                location,
                finding.message(language),
                finding.rationale(language));
    }
}
