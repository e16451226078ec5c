package dev.limber.api.timeline;

import dev.limber.api.openapi.ApiDocs;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.timeline.TimelineOptions;
import dev.limber.domain.usecase.BuildTimeline;
import dev.limber.domain.usecase.FindProgram;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The guided-timer timeline of a stored program's session. */
@Controller("/api/v1/programs/{id}/timeline")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocs.TIMELINES)
@ApiResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
@ApiResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
final class TimelineController {
    private final FindProgram findProgram;
    private final BuildTimeline buildTimeline;

    TimelineController(FindProgram findProgram, BuildTimeline buildTimeline) {
        this.findProgram = findProgram;
        this.buildTimeline = buildTimeline;
    }

    /**
     * The session named by {@code session} (the first when absent), with a guided timer's usual
     * pauses: a 10 s get-ready countdown and 5 s to switch sides. 404 for an unknown session.
     */
    @Get
    @Operation(
            operationId = "getProgramTimeline",
            summary = "A session as a guided timer's segments",
            description = "The session named by `session` (the first when absent) as contiguous segments in seconds"
                    + " from its start, each with a `label` that says what to do in a sentence, with a guided"
                    + " timer's usual pauses: a 10 s get-ready countdown and 5 s to switch sides. Per-side work"
                    + " runs left then right; a per-side exercise dosed for both sides together switches halfway;"
                    + " an alternating exercise is one segment with side `alternate`.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_NONE_MATCH_READ)
    @ApiResponse(
            responseCode = "200",
            description = "The timeline; ETag is a hash of it.",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TimelineView.class)))
    @ApiResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    TimelineView timeline(
            @Parameter(description = "The program's id.") @PathVariable String id,
            @Parameter(description = "The session's name; the first session when absent.") @QueryValue @Nullable
                    String session) {
        Program program = findProgram.byId(ProgramId.of(id)).value();
        return TimelineView.of(
                program.id().value(),
                buildTimeline.of(
                        program, session == null || session.isBlank() ? null : session, TimelineOptions.guided()));
    }
}
