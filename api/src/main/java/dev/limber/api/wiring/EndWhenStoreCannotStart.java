package dev.limber.api.wiring;

import dev.limber.domain.port.StoreStartup;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service cannot answer without its store: if the store cannot be prepared at start
 * (unreachable, a migration refused), the service logs why in one line and ends with status 1,
 * so a supervisor restarts it instead of it answering 503 forever. Switched on by
 * {@code limber.store.exit-on-start-failure=true} (the service's {@code application.yml}); tests
 * leave it off, so a bad database fails a test and not the JVM running them all. Once the service
 * is stopping (for instance because its port is taken), a store that fails because its pool was
 * closed under it is no reason to end: the stop decides the status.
 */
@Singleton
@Requires(property = "limber.store.exit-on-start-failure", value = "true")
final class EndWhenStoreCannotStart implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(EndWhenStoreCannotStart.class);

    private final StoreStartup store;
    private volatile boolean stopping;

    EndWhenStoreCannotStart(StoreStartup store) {
        this.store = store;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        store.ready().whenComplete((ready, failure) -> {
            if (failure != null) {
                // Exits on a thread of its own: a store that failed already would otherwise run
                // this on the starting thread, whose shutdown hook waits for the start to end.
                Thread end = new Thread(() -> end(failure), "limber-store-failed");
                end.start();
            }
        });
    }

    @EventListener
    void stopping(ShutdownEvent event) {
        stopping = true;
    }

    private void end(Throwable failure) {
        if (stopping) {
            return;
        }
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        LOG.error("Cannot prepare the database {}: {}", store.location(), cause.getMessage());
        System.exit(1);
    }
}
