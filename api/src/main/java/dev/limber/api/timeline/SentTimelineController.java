package dev.limber.api.timeline;

import dev.limber.api.openapi.ApiDocs;
import dev.limber.domain.program.Program;
import dev.limber.domain.timeline.TimelineOptions;
import dev.limber.domain.usecase.BuildTimeline;
import dev.limber.formats.document.DocumentReader;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The guided-timer timeline of a program sent in the body, which is read and not stored: what
 * the web page plays for a warm-up it has just built, without the admin token.
 */
@Controller("/api/v1/timelines")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocs.TIMELINES)
@ApiResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
@ApiResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
final class SentTimelineController {
    private final BuildTimeline buildTimeline;
    private final DocumentReader reader;

    SentTimelineController(BuildTimeline buildTimeline, DocumentReader reader) {
        this.buildTimeline = buildTimeline;
        this.reader = reader;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Status(HttpStatus.OK)
    @Operation(
            operationId = "buildTimeline",
            summary = "A program sent in the body as a guided timer's segments",
            description = "The session named by `session` (the first when absent) of the program in the body"
                    + " (document format), as `getProgramTimeline` answers for a stored one: a built warm-up can be"
                    + " played before, or without, storing it. Exercises are named from the stored catalog. Open:"
                    + " nothing is stored.")
    @ApiResponse(
            responseCode = "200",
            description = "The timeline.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TimelineView.class)))
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    TimelineView ofSent(
            @Parameter(description = "The session's name; the first session when absent.") @QueryValue @Nullable
                    String session,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = dev.limber.api.program.ProgramView.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "quick-leg-day-warm-up",
                                                            ref = "#/components/examples/QuickLegDayWarmUpSent")))
                    @Body
                    byte[] body) {
        Program program = reader.readProgram("request body", body);
        return TimelineView.of(
                program.id().value(),
                buildTimeline.of(
                        program, session == null || session.isBlank() ? null : session, TimelineOptions.guided()));
    }
}
