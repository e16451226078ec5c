package dev.limber.api.program;

import dev.limber.api.etag.ConditionalWrites;
import dev.limber.api.etag.ETags;
import dev.limber.api.openapi.ApiDocs;
import dev.limber.api.page.PageView;
import dev.limber.api.page.PageViews;
import dev.limber.api.page.Paging;
import dev.limber.api.problem.ProblemException;
import dev.limber.api.problem.Problems;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.query.ProgramQuery;
import dev.limber.domain.timing.Timing;
import dev.limber.domain.usecase.DeleteProgram;
import dev.limber.domain.usecase.FindProgram;
import dev.limber.domain.usecase.SaveProgram;
import dev.limber.formats.document.DocumentReader;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Programs under /api/v1/programs, each read and written whole. */
@Controller("/api/v1/programs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocs.PROGRAMS)
@ApiResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
@ApiResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
final class ProgramController {
    private static final String BODY = "request body";
    private final FindProgram findProgram;
    private final SaveProgram saveProgram;
    private final DeleteProgram deleteProgram;
    private final DocumentReader reader;
    private final Timing timing;
    private final ProgramPages pages;
    private final PageViews views;

    ProgramController(
            FindProgram findProgram,
            SaveProgram saveProgram,
            DeleteProgram deleteProgram,
            DocumentReader reader,
            Timing timing,
            ProgramPages pages,
            PageViews views) {
        this.pages = pages;
        this.views = views;
        this.findProgram = findProgram;
        this.saveProgram = saveProgram;
        this.deleteProgram = deleteProgram;
        this.reader = reader;
        this.timing = timing;
    }

    /** A page of programs sorted by name, optionally those with a tag. */
    @Get
    @Operation(
            operationId = "listPrograms",
            summary = "List programs",
            description = "A page of programs sorted by name, optionally only those with a tag.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_NONE_MATCH_READ)
    @ApiResponse(
            responseCode = "200",
            description = "A page of programs; ETag is a hash of it.",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG))
    @ApiResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    PageView<ProgramView> list(
            @Parameter(description = "Only programs with this tag.") @QueryValue @Nullable String tag,
            @Parameter(description = "The page, counting from 0.", schema = @Schema(minimum = "0", defaultValue = "0"))
                    @QueryValue
                    @Nullable
                    Integer page,
            @Parameter(
                            description = "Items per page.",
                            schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryValue
                    @Nullable
                    Integer size,
            @Parameter(ref = ApiDocs.PAGE_TOTAL) @QueryValue @Nullable String total) {
        ProgramQuery query = new ProgramQuery(tag, Paging.of(page, size, total));
        return PageView.of(
                pages.cache().page(query, findProgram::matching), program -> ProgramView.of(program, timing));
    }

    /** One program with its computed durations, tagged with its stored version. */
    @Get("/{id}")
    @Operation(
            operationId = "getProgram",
            summary = "Read a program",
            description = "A whole program with its computed durations, tagged with its stored version"
                    + " (`ETag: \"v3\"`).")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_NONE_MATCH_READ)
    @ApiResponse(
            responseCode = "200",
            description = "The program; ETag is its stored version.",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgramView.class),
                            examples =
                                    @ExampleObject(
                                            name = "quick-leg-day-warm-up",
                                            ref = "#/components/examples/QuickLegDayWarmUp")))
    @ApiResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    HttpResponse<ProgramView> byId(
            @Parameter(description = "The program's id (lower-case words joined by hyphens).") @PathVariable
                    String id) {
        Stored<Program> stored = findProgram.byId(ProgramId.of(id));
        return HttpResponse.ok(ProgramView.of(stored.value(), timing))
                .header(HttpHeaders.ETAG, ETags.ofVersion(stored.version()));
    }

    /**
     * Creates (201) or replaces (200) a whole program; the body is one program of the document
     * format. Steps must name stored exercises with fitting doses (400 otherwise). {@code If-Match} makes the
     * replace conditional on the version the client read.
     */
    @Put("/{id}")
    @Operation(
            operationId = "putProgram",
            summary = "Create or replace a program",
            description = "Creates (201) or replaces (200) a whole program; the body is one program of the"
                    + " document format, and what `getProgram` answers can be sent back unchanged (the computed"
                    + " durations are ignored). Steps must name stored exercises with fitting doses (400"
                    + " `invalid-program` otherwise). `If-Match` makes the replace conditional on the version the"
                    + " client read; `If-None-Match: *` creates only.")
    @SecurityRequirement(name = ApiDocs.ADMIN)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_MATCH)
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_NONE_MATCH_WRITE)
    @ApiResponse(
            responseCode = "200",
            description = "Replaced; ETag is the new stored version.",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgramView.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Created; Location names it and ETag is its stored version.",
            headers = {@Header(name = "ETag", ref = ApiDocs.ETAG), @Header(name = "Location", ref = ApiDocs.LOCATION)},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgramView.class)))
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @ApiResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @ApiResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<ProgramView> put(
            @PathVariable String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ProgramView.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "morning-mobility",
                                                            ref = "#/components/examples/MorningMobility")))
                    @Body
                    byte[] body,
            HttpRequest<?> request) {
        ProgramId path = ProgramId.of(id);
        ETags.Precondition precondition = ETags.precondition(request);
        Program program = reader.readProgram(BODY, body);
        ProblemException.requireSameId(program.id(), path);
        if (precondition.mustExist() && findProgram.find(path).isEmpty()) {
            throw ProblemException.preconditionFailed("If-Match: * but no program " + path + " exists");
        }
        SaveProgram.Command save = new SaveProgram.Command(program, precondition.expected());
        return ConditionalWrites.save(
                precondition,
                () -> pages.forgetAfter(() -> saveProgram.save(save)),
                saved -> ProgramView.of(saved, timing),
                "/api/v1/programs/" + path);
    }

    /** Deletes a program (204). */
    @Delete("/{id}")
    // A DELETE that works has no body: its only body is a problem, so a client may accept only that.
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(
            operationId = "deleteProgram",
            summary = "Delete a program",
            description = "Deletes a program (204). `If-Match` makes it conditional on the version the client read.")
    @SecurityRequirement(name = ApiDocs.ADMIN)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_MATCH)
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @ApiResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    HttpResponse<Void> delete(@PathVariable String id, HttpRequest<?> request) {
        ProgramId path = ProgramId.of(id);
        ETags.Precondition precondition = ETags.precondition(request);
        return ConditionalWrites.delete(
                precondition,
                "program",
                path,
                () -> pages.forgetAfter(
                        () -> deleteProgram.delete(new DeleteProgram.Command(path, precondition.expected()))));
    }
}
