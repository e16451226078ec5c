package dev.limber.api.ping;

import dev.limber.api.openapi.ApiDocs;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A liveness answer that touches nothing: load balancers can poll it cheaply, and benchmarks
 * measure the server's own overhead against it (benchmarks/http.sh).
 */
@Controller("/api/v1/ping")
@Tag(name = ApiDocs.SERVICE)
final class PingController {

    @Get
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(
            operationId = "ping",
            summary = "Answers pong",
            description = "Answers `pong` without touching the database: a cheap liveness poll.")
    @ApiResponse(
            responseCode = "200",
            description = "`pong`.",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string", example = "pong")))
    @ApiResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    String ping() {
        return "pong";
    }
}
