package dev.limber.persistence.transaction;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.limber.domain.port.StoreUnavailableException;
import dev.limber.persistence.failure.SqlFailures;
import dev.limber.persistence.startup.StoreReadiness;
import io.micronaut.context.annotation.Property;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs SQL work and repository calls in the caller's transaction when there is one, else in its
 * own, and turns every failure into the domain's typed errors. The store adapters do all their database work here, and
 * here it waits until the database has been prepared at start.
 *
 * <p>Every unit of work waits at most {@code limber.store.statement-timeout} (default 10 s) for
 * each answer of the database ({@link Connection#setNetworkTimeout}, the socket's read timeout):
 * a database that stops answering (frozen, a network that drops packets) fails the call as
 * unavailable instead of holding it for as long as the database is gone. The pool resets the
 * timeout when the connection is returned. Embedded H2 has no socket; the setting is a no-op there.
 */
@Singleton
public final class Jdbc {
    private final TransactionOperations<Connection> transactions;
    private final DataSource dataSource;
    private final StoreReadiness readiness;
    private final int statementTimeoutMillis;
    private volatile boolean networkTimeoutUnsupported;

    Jdbc(
            TransactionOperations<Connection> transactions,
            DataSource dataSource,
            StoreReadiness readiness,
            @Property(name = "limber.store.statement-timeout", defaultValue = "10s") Duration statementTimeout) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.readiness = readiness;
        this.statementTimeoutMillis = Math.toIntExact(statementTimeout.toMillis());
    }

    public <T> T read(SqlWork<T> work) {
        readiness.await();
        FirstFailure first = new FirstFailure();
        try {
            return transactions.executeRead(status -> first.run(work, bounded(status.getConnection())));
        } catch (RuntimeException failure) {
            throw translated(first.orElse(failure));
        }
    }

    public <T> T write(SqlWork<T> work) {
        readiness.await();
        FirstFailure first = new FirstFailure();
        try {
            return transactions.executeWrite(status -> first.run(work, bounded(status.getConnection())));
        } catch (RuntimeException failure) {
            throw translated(first.orElse(failure));
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
     * is back the next call opens a fresh connection instead of meeting another dead one. A call
     * that only waited too long for a busy pool empties nothing: its connections are healthy, and
     * evicting them under load made every waiter open a new one, which made the next waits longer
     * still (docs/benchmarks.md, "Issue 11": a pool that kept reconnecting under 64 connections).
     */
    private RuntimeException translated(RuntimeException failure) {
        RuntimeException translated = SqlFailures.translate(failure);
        if (translated instanceof StoreUnavailableException && !SqlFailures.isPoolBusyTimeout(failure)) {
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

    /** The connection, waiting at most the statement timeout for each answer of the database. */
    private Connection bounded(Connection connection) {
        if (!networkTimeoutUnsupported) {
            try {
                connection.setNetworkTimeout(Runnable::run, statementTimeoutMillis);
            } catch (SQLFeatureNotSupportedException unsupported) {
                networkTimeoutUnsupported = true;
            } catch (SQLException failure) {
                throw SqlFailures.translate(failure);
            }
        }
        return connection;
    }

    /**
     * What the work itself failed with. When the database is lost mid-call, the transaction
     * manager's clean-up then fails too ("Could not set JDBC Connection … read-only: Connection is
     * closed", no SQL state) and its exception replaces the work's: the caller must hear the
     * first, the lost connection (503), not the clean-up's (500).
     */
    private static final class FirstFailure {
        private RuntimeException failure;

        <T> T run(SqlWork<T> work, Connection connection) {
            try {
                return work.apply(connection);
            } catch (SQLException sql) {
                failure = SqlFailures.translate(sql);
                throw failure;
            } catch (RuntimeException thrown) {
                failure = thrown;
                throw thrown;
            }
        }

        RuntimeException orElse(RuntimeException later) {
            return failure != null ? failure : later;
        }
    }
}
