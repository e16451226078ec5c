package dev.limber.benchmarks.minimal;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.runtime.Micronaut;

/** The smallest Micronaut service: one endpoint, no database. The yardstick for Limber's start-up. */
@Controller
public class MinimalService {

    @Get("/hello")
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "ok";
    }

    public static void main(String[] args) {
        Micronaut.run(MinimalService.class, args);
    }
}
