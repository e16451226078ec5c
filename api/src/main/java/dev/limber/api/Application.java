package dev.limber.api;

import io.micronaut.runtime.Micronaut;

/** Starts Limber's HTTP service. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
