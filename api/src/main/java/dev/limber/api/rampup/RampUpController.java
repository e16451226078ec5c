package dev.limber.api.rampup;

import dev.limber.api.openapi.ApiDocs;
import dev.limber.api.problem.Problem;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.usecase.BuildRampUp;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * Ramp-up sets of a lift to its working weight, each with its plates per side. A computation:
 * nothing is stored, so it is open to anyone.
 */
@Controller("/api/v1/ramp-ups")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocs.RAMP_UPS)
@ApiResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
@ApiResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
final class RampUpController {
    private final BuildRampUp buildRampUp;
    private final JsonMapper json;

    RampUpController(BuildRampUp buildRampUp, JsonMapper json) {
        this.buildRampUp = buildRampUp;
        this.json = json;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Status(HttpStatus.OK)
    @Operation(
            operationId = "buildRampUp",
            summary = "Compute ramp-up sets",
            description = "Computes the warm-up sets of a stored exercise up to a working weight: the standard scheme"
                    + " (empty bar × 10, about 40 % × 5, 60 % × 3, 80 % × 2) or `sets` spread the same way, each"
                    + " rounded to what the plates make, with the plates per side. A set no heavier than the bar,"
                    + " or closer to the next than 10 % of the work, is left out and listed in `skipped`. A load"
                    + " the plates cannot make is replaced by the nearest, and `exact` is false. Loads are given"
                    + " in `unit`: the work is converted to it; a bar or plates in the other unit are refused."
                    + " Open: nothing is stored.")
    @ApiResponse(
            responseCode = "200",
            description = "The ramp.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RampUpView.class)))
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    RampUpView build(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = RampUpRequest.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "standard",
                                                        ref = "#/components/examples/RampUpStandard"),
                                                @ExampleObject(
                                                        name = "in-pounds",
                                                        ref = "#/components/examples/RampUpInPounds")
                                            }))
                    @Body
                    byte[] body) {
        BuildRampUp.Command command = RampUpRequest.read(json, body);
        try {
            return RampUpView.of(buildRampUp.build(command));
        } catch (InvalidValueException bad) {
            // The work lighter than the bar: a value of the body, at its pointer.
            String pointer = "/" + bad.field().replace("[", "/").replace("]", "");
            throw RampUpRequest.invalid(List.of(new Problem.FieldError(pointer, RampUpRequest.message(bad))));
        }
    }
}
