package dev.limber.domain.port;

import java.util.function.Supplier;

/** Out-port: runs work all or nothing, so an import that fails halfway leaves no trace. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
