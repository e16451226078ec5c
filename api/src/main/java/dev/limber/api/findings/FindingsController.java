package dev.limber.api.findings;

import dev.limber.api.openapi.ApiDocs;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.rules.ValidationReport;
import dev.limber.domain.usecase.CheckStoredProgram;
import dev.limber.domain.usecase.ValidateProgram;
import dev.limber.formats.document.DocumentReader;
import dev.limber.formats.finding.FindingLanguage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;

/**
 * Guideline findings: of a stored program, or of a program sent in the body (checked against the
 * stored exercises, never stored itself, so open to anyone).
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocs.FINDINGS)
@ApiResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
@ApiResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
final class FindingsController {
    private final CheckStoredProgram checkStored;
    private final ValidateProgram validate;
    private final DocumentReader reader;
    private final FindingsCache cache;

    FindingsController(
            CheckStoredProgram checkStored, ValidateProgram validate, DocumentReader reader, FindingsCache cache) {
        this.checkStored = checkStored;
        this.validate = validate;
        this.reader = reader;
        this.cache = cache;
    }

    /** The findings of a stored program. */
    @Get("/programs/{id}/findings")
    @Operation(
            operationId = "getProgramFindings",
            summary = "Check a stored program",
            description = "The guideline findings of a stored program: each with its rule, severity, place, message"
                    + " and rationale (in English or German, by `Accept-Language`), and the message's stable key"
                    + " and arguments; the counts by severity; and whether it passes (no error, no warning).")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_NONE_MATCH_READ)
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, ref = ApiDocs.ACCEPT_LANGUAGE)
    @ApiResponse(
            responseCode = "200",
            description = "The findings; ETag is a hash of them.",
            headers = {
                @Header(name = "ETag", ref = ApiDocs.ETAG),
                @Header(name = "Content-Language", ref = ApiDocs.CONTENT_LANGUAGE),
                @Header(name = "Vary", ref = ApiDocs.VARY_LANGUAGE)
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class)))
    @ApiResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    HttpResponse<ReportView> ofStored(
            @Parameter(description = "The program's id.") @PathVariable String id,
            @Parameter(hidden = true) @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.ACCEPT_LANGUAGE)
                    String acceptLanguage) {
        ValidationReport report = cache.report(ProgramId.of(id), checkStored::check);
        return worded(report, acceptLanguage);
    }

    /** The findings of the program in the body, which is checked and not stored. */
    @Post("/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Status(HttpStatus.OK)
    @Operation(
            operationId = "checkProgram",
            summary = "Check a program sent in the body",
            description = "The guideline findings of the program in the body (document format), checked against the"
                    + " stored exercises and not stored. Open: it changes nothing.")
    @ApiResponse(
            responseCode = "200",
            description = "The findings.",
            headers = {
                @Header(name = "Content-Language", ref = ApiDocs.CONTENT_LANGUAGE),
                @Header(name = "Vary", ref = ApiDocs.VARY_LANGUAGE)
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class)))
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, ref = ApiDocs.ACCEPT_LANGUAGE)
    HttpResponse<ReportView> ofSent(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = dev.limber.api.program.ProgramView.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "risky",
                                                            ref = "#/components/examples/RiskyProgram")))
                    @Body
                    byte[] body,
            @Parameter(hidden = true) @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.ACCEPT_LANGUAGE)
                    String acceptLanguage) {
        return worded(validate.validate(reader.readProgram("request body", body)), acceptLanguage);
    }

    /**
     * The report in the language the client prefers (English unless it asks for German), saying
     * which ({@code Content-Language}) and that the answer varies with {@code Accept-Language}; the
     * ETag of a GET hashes the language too, so the two languages never share one.
     */
    private static HttpResponse<ReportView> worded(ValidationReport report, String acceptLanguage) {
        Locale language = FindingLanguage.ofAcceptLanguage(acceptLanguage);
        return HttpResponse.ok(ReportView.of(report, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
