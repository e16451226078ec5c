package dev.limber.persistence.failure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.limber.domain.port.StoreUnavailableException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** How failures of the connection machinery reach the user. */
class SqlFailuresTest {

    /**
     * Seen in CI with a frozen PostgreSQL: the work was done, the commit timed out, and Micronaut's
     * clean-up then failed on the closed connection, with no SQL state; that answered 500.
     */
    @Test
    void aCleanUpOnAClosedConnectionIsTheDatabaseUnavailableWithoutPoolClassNames() {
        RuntimeException failure = new ConnectionException(
                "Could not set JDBC Connection [HikariProxyConnection@1580788170 wrapping"
                        + " com.zaxxer.hikari.pool.ProxyConnection.ClosedConnection] read-only: Connection is closed",
                new SQLException("Connection is closed"));
        RuntimeException translated = SqlFailures.translate(failure);
        assertInstanceOf(StoreUnavailableException.class, translated);
        assertFalse(translated.getMessage().contains("Hikari"), translated.getMessage());
    }

    /**
     * Hikari's timeout when every connection is busy has no cause; when the database cannot be
     * reached it carries the failed attempt. Only the first leaves the pool's connections alone.
     */
    @Test
    void aBusyPoolsTimeoutIsUnavailableButNotALostDatabase() {
        RuntimeException busy = new IllegalStateException(
                "Failed to obtain a connection",
                new java.sql.SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms"));
        assertInstanceOf(StoreUnavailableException.class, SqlFailures.translate(busy));
        org.junit.jupiter.api.Assertions.assertTrue(SqlFailures.isPoolBusyTimeout(busy));

        RuntimeException unreachable = new IllegalStateException(
                "Failed to obtain a connection",
                new java.sql.SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms",
                        "08001",
                        new SQLException("Connection refused", "08001")));
        assertInstanceOf(StoreUnavailableException.class, SqlFailures.translate(unreachable));
        assertFalse(SqlFailures.isPoolBusyTimeout(unreachable));
        assertFalse(SqlFailures.isPoolBusyTimeout(new SQLException("I/O error", "08006")));
    }
}
