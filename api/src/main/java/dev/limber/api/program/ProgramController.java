package dev.limber.api.program;

import dev.limber.api.etag.ConditionalWrites;
import dev.limber.api.etag.ETags;
import dev.limber.api.page.PageView;
import dev.limber.api.page.Paging;
import dev.limber.api.problem.ProblemException;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/** Programs under /api/v1/programs, each read and written whole. */
@Controller("/api/v1/programs")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProgramController {
    private static final String BODY = "request body";
    private final FindProgram findProgram;
    private final SaveProgram saveProgram;
    private final DeleteProgram deleteProgram;
    private final DocumentReader reader;
    private final Timing timing;

    ProgramController(
            FindProgram findProgram,
            SaveProgram saveProgram,
            DeleteProgram deleteProgram,
            DocumentReader reader,
            Timing timing) {
        this.findProgram = findProgram;
        this.saveProgram = saveProgram;
        this.deleteProgram = deleteProgram;
        this.reader = reader;
        this.timing = timing;
    }

    /** A page of programs sorted by name, optionally those with a tag. */
    @Get
    PageView<ProgramView> list(
            @QueryValue @Nullable String tag, @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return PageView.of(
                findProgram.matching(new ProgramQuery(tag, Paging.of(page, size))),
                program -> ProgramView.of(program, timing));
    }

    /** One program with its computed durations, tagged with its stored version. */
    @Get("/{id}")
    @ApiResponse(
            responseCode = "200",
            description = "The program; ETag is its stored version.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgramView.class)))
    HttpResponse<ProgramView> byId(@PathVariable String id) {
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
    @ApiResponse(
            responseCode = "200",
            description = "Replaced; ETag is the new stored version.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgramView.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Created; Location names it and ETag is its stored version.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgramView.class)))
    @SecurityRequirement(name = "admin")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<ProgramView> put(
            @PathVariable String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ProgramView.class)))
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
                () -> saveProgram.save(save),
                saved -> ProgramView.of(saved, timing),
                "/api/v1/programs/" + path);
    }

    /** Deletes a program (204). */
    @Delete("/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @SecurityRequirement(name = "admin")
    HttpResponse<Void> delete(@PathVariable String id, HttpRequest<?> request) {
        ProgramId path = ProgramId.of(id);
        ETags.Precondition precondition = ETags.precondition(request);
        return ConditionalWrites.delete(
                precondition,
                "program",
                path,
                () -> deleteProgram.delete(new DeleteProgram.Command(path, precondition.expected())));
    }
}
