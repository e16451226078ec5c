package dev.limber.benchmarks.samestack;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.runtime.Micronaut;

/**
 * A bare Micronaut service on Limber's stack (HTTP, serde, Micronaut Data JDBC, Flyway, embedded
 * H2, Hikari): one endpoint that reads one row by id. The yardstick for Limber's start-up, since
 * it pays for the same libraries and nothing of Limber's own.
 */
@Controller
public class SameStackService {

    private final GreetingRepository greetings;

    SameStackService(GreetingRepository greetings) {
        this.greetings = greetings;
    }

    @Get("/greetings/{id}")
    public HttpResponse<Greeting> greeting(@PathVariable String id) {
        return greetings.findById(id).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    public static void main(String[] args) {
        Micronaut.run(SameStackService.class, args);
    }
}
