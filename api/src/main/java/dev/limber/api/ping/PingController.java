package dev.limber.api.ping;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Operation;

/**
 * A liveness answer that touches nothing: load balancers can poll it cheaply, and benchmarks
 * measure the server's own overhead against it (benchmarks/http.sh).
 */
@Controller("/api/v1/ping")
final class PingController {

    @Get
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Answers pong without touching the database")
    String ping() {
        return "pong";
    }
}
