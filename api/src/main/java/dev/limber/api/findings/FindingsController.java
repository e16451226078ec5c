package dev.limber.api.findings;

import dev.limber.domain.program.ProgramId;
import dev.limber.domain.usecase.FindProgram;
import dev.limber.domain.usecase.ValidateProgram;
import dev.limber.formats.document.DocumentReader;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/**
 * Guideline findings: of a stored program, or of a program sent in the body (checked against the
 * stored exercises, never stored itself, so open to anyone).
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
final class FindingsController {
    private final FindProgram findProgram;
    private final ValidateProgram validate;
    private final DocumentReader reader;

    FindingsController(FindProgram findProgram, ValidateProgram validate, DocumentReader reader) {
        this.findProgram = findProgram;
        this.validate = validate;
        this.reader = reader;
    }

    /** The findings of a stored program. */
    @Get("/programs/{id}/findings")
    ReportView ofStored(@PathVariable String id) {
        return ReportView.of(
                validate.validate(findProgram.byId(ProgramId.of(id)).value()));
    }

    /** The findings of the program in the body, which is checked and not stored. */
    @Post("/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Status(HttpStatus.OK)
    ReportView ofSent(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema =
                                                    @Schema(implementation = dev.limber.api.program.ProgramView.class)))
                    @Body
                    byte[] body) {
        return ReportView.of(validate.validate(reader.readProgram("request body", body)));
    }
}
