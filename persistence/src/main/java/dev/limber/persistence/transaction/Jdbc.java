package dev.limber.persistence.transaction;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.limber.domain.port.StoreUnavailableException;
import dev.limber.persistence.failure.SqlFailures;
import dev.limber.persistence.startup.StoreReadiness;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs SQL work and repository calls in the caller's transaction when there is one, else in its
 * own, and turns every failure into the domain's typed errors. The store adapters do all their database work here, and
 * here it waits until the database has been prepared at start.
 */
@Singleton
public final class Jdbc {
    private final TransactionOperations<Connection> transactions;
    private final DataSource dataSource;
    private final StoreReadiness readiness;

    Jdbc(TransactionOperations<Connection> transactions, DataSource dataSource, StoreReadiness readiness) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.readiness = readiness;
    }

    public <T> T read(SqlWork<T> work) {
        readiness.await();
        try {
            return transactions.executeRead(status -> run(work, status.getConnection()));
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    public <T> T write(SqlWork<T> work) {
        readiness.await();
        try {
            return transactions.executeWrite(status -> run(work, status.getConnection()));
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    /**
     * Runs repository calls in a read transaction: Micronaut Data's repositories join it, so
     * they wait for the store like every call here and fail with the same translated errors.
     */
    public <T> T read(Supplier<T> work) {
        return read(connection -> work.get());
    }

    /** Runs repository calls in a write transaction (see {@link #read(Supplier)}). */
    public <T> T write(Supplier<T> work) {
        return write(connection -> work.get());
    }

    /**
     * Translates a failure; when the database was lost, also empties the pool, so that once it
     * is back the next call opens a fresh connection instead of meeting another dead one.
     */
    private RuntimeException translated(RuntimeException failure) {
        RuntimeException translated = SqlFailures.translate(failure);
        if (translated instanceof StoreUnavailableException) {
            evictPooledConnections();
        }
        return translated;
    }

    private void evictPooledConnections() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool =
                        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException notAPool) {
            // Not a Hikari pool: nothing to evict; the pool's own checks apply.
        }
    }

    private static <T> T run(SqlWork<T> work, Connection connection) {
        try {
            return work.apply(connection);
        } catch (SQLException failure) {
            throw SqlFailures.translate(failure);
        }
    }
}
