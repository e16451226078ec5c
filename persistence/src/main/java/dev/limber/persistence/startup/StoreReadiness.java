package dev.limber.persistence.startup;

import dev.limber.domain.port.StoreStartup;
import dev.limber.domain.port.StoreUnavailableException;
import dev.limber.persistence.failure.SqlFailures;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * Whether the database is ready for the store: migrated, and the application's start-up steps
 * run. The preparation runs in the background while the rest of the application starts (the
 * HTTP server opens its port meanwhile), so every store call first waits here; once ready, that
 * is one volatile read. A preparation that failed fails every store call with its reason. The
 * application watches it through the {@link StoreStartup} port.
 */
@Singleton
public final class StoreReadiness implements StoreStartup {
    private final CompletableFuture<Void> prepared = new CompletableFuture<>();
    private volatile Thread preparer;
    private volatile String location = "(default data source)";

    @Override
    public CompletionStage<Void> ready() {
        // The cause in a line, as the domain's exception: no SQL or framework type leaves the adapter.
        return prepared.exceptionally(failure -> {
                    throw new CompletionException(new StoreUnavailableException(
                            SqlFailures.rootMessage(failure),
                            failure,
                            SqlFailures.remedy(failure).orElse(null)));
                })
                .minimalCompletionStage();
    }

    @Override
    public String location() {
        return location;
    }

    /** Blocks until the store is ready; the preparation's own work passes straight through. */
    public void await() {
        if (Thread.currentThread() == preparer) {
            return;
        }
        try {
            prepared.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof StoreUnavailableException unavailable) {
                throw new StoreUnavailableException(
                        unavailable.getMessage(),
                        unavailable,
                        unavailable.remedy().orElse(null));
            }
            throw new StoreUnavailableException(
                    "the database could not be prepared at start: " + SqlFailures.rootMessage(failed.getCause()),
                    failed.getCause(),
                    SqlFailures.remedy(failed.getCause()).orElse(null));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while the database was being prepared", interrupted);
        }
    }

    /** Why the store cannot be used yet, in a line ("being prepared", or the failure); null once ready. */
    public String notReadyBecause() {
        if (!prepared.isDone()) {
            return "the database is being prepared (migrations, start-up steps)";
        }
        try {
            prepared.getNow(null);
            return null;
        } catch (CompletionException | java.util.concurrent.CancellationException failed) {
            return "the database could not be prepared at start: " + SqlFailures.rootMessage(failed);
        }
    }

    public boolean isReady() {
        return prepared.isDone() && !prepared.isCompletedExceptionally();
    }

    /** Waits until the preparation has ended, whichever way (for closing the pool after it). */
    void awaitEnd() {
        if (Thread.currentThread() != preparer) {
            try {
                prepared.handle((done, failure) -> null).get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException cannotHappen) {
                // handle() turned any failure into a result
            }
        }
    }

    void locatedAt(String where) {
        this.location = where;
    }

    void preparingOn(Thread thread) {
        this.preparer = thread;
    }

    void succeeded() {
        preparer = null;
        prepared.complete(null);
    }

    void failed(Throwable failure) {
        preparer = null;
        prepared.completeExceptionally(failure);
    }
}
