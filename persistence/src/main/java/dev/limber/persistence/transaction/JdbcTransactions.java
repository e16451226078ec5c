package dev.limber.persistence.transaction;

import dev.limber.domain.port.Transactions;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * The domain's units of work on the default data source: all or nothing, or reads in one read-only
 * transaction. It runs through
 * {@link Jdbc}, so its failures are translated, and a lost database evicted, as every other call's.
 */
@Singleton
final class JdbcTransactions implements Transactions {
    private final Jdbc jdbc;

    JdbcTransactions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbc.write(work);
    }

    @Override
    public <T> T reading(Supplier<T> work) {
        return jdbc.read(work);
    }
}
