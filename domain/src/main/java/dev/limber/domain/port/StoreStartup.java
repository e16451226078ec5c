package dev.limber.domain.port;

import java.util.concurrent.CompletionStage;

/**
 * The store's preparation at start, as the application sees it. A store may get ready in the
 * background (the database adapter migrates its schema while the service opens its port); every
 * store call waits until it is ready. The application decides what else happens at start: it
 * hands over {@link Step}s, which run once the schema is current and before any other store call
 * is let through, and it decides what a store that cannot be prepared means (the service ends,
 * a CLI command reports it).
 */
public interface StoreStartup {

    /**
     * Completes once the store is ready (the schema current, every step run); fails with a
     * {@link StoreUnavailableException} whose message is the cause in a line.
     */
    CompletionStage<Void> ready();

    /** Where the store is, for a message: a JDBC URL without its parameters, so never a password. */
    String location();

    /**
     * Work the application hands to the store's start: runs once the schema is current, before
     * other store calls are let through, so no caller sees the store before it is done. Its own
     * store calls pass; if it fails, the store is not ready and says why.
     */
    @FunctionalInterface
    interface Step {
        void run();
    }
}
