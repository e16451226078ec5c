package dev.limber.domain.port;

import java.util.function.Supplier;

/** Out-port: runs work as one unit on the store. */
public interface Transactions {
    /** Runs work all or nothing, so an import that fails halfway leaves no trace. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs reads as one unit: one connection and one round of begin and commit for all of them
     * (a database store), one snapshot (the in-memory store). The work must not write; a store
     * refuses it. Work started inside another unit joins it.
     */
    <T> T reading(Supplier<T> work);
}
