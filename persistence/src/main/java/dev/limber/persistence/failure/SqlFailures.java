package dev.limber.persistence.failure;

import dev.limber.domain.DomainException;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.StoreUnavailableException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns what JDBC, the pool and the transaction manager throw into the domain's typed errors, so
 * no adapter above shows SQL to a user: a lost connection becomes "store unavailable", a unique
 * key becomes a conflict, a missing referenced row an unknown reference.
 */
public final class SqlFailures {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** H2 reports a missing parent row as 23506 and a still-referenced one as 23503. */
    private static final String H2_REFERENCED_ROW_MISSING = "23506";

    /** H2: the database file is held by another process (its message: "The file is locked"). */
    private static final String H2_DATABASE_IN_USE = "90020";
    /** H2: a schema is missing, which an existing database shows when opened with other name settings. */
    private static final String H2_SCHEMA_NOT_FOUND = "90079";

    private SqlFailures() {}

    /**
     * What the user can do about a failure to open the database, when its cause tells: the
     * embedded H2 file is held by a process that opened it without AUTO_SERVER, or the URL names
     * settings under which the stored schema cannot be seen. Empty for any other failure.
     */
    public static java.util.Optional<String> remedy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (H2_DATABASE_IN_USE.equals(sql.getSQLState())) {
                    return java.util.Optional.of("Another process (the Limber service, say) holds the database file"
                            + " and opened it without AUTO_SERVER=TRUE, so no second process can open it."
                            + " Stop that process, or let both open the file with AUTO_SERVER=TRUE"
                            + " (Limber adds it to an H2 file URL unless the URL sets AUTO_SERVER itself).");
                }
                if (H2_SCHEMA_NOT_FOUND.equals(sql.getSQLState())) {
                    return java.util.Optional.of(
                            "The database's tables are not visible under the URL's own H2 settings:"
                                    + " a Limber database is opened with MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                    + "DEFAULT_NULL_ORDERING=HIGH. Leave MODE, DATABASE_TO_LOWER and DATABASE_TO_UPPER out of"
                                    + " the URL (Limber adds its own), e.g. --db jdbc:h2:file:~/.limber/limber.");
                }
            }
        }
        return java.util.Optional.empty();
    }

    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof DomainException) {
            return failure;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
            if (cause instanceof ConnectionException) {
                // Micronaut's connection handling failed on a connection the pool had already
                // closed (a commit that timed out, then the clean-up): its message names pool
                // classes, so the user hears only what happened.
                return new StoreUnavailableException("the database is unavailable: the connection was lost", failure);
            }
            if (isConnectionLoss(cause)) {
                return new StoreUnavailableException("the database is unavailable: " + brief(cause), failure);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (UNIQUE_VIOLATION.equals(state)) {
                    return new ConflictException(
                            ConflictException.Reason.ALREADY_EXISTS, "an item with that id already exists");
                }
                if (FOREIGN_KEY_VIOLATION.equals(state) || H2_REFERENCED_ROW_MISSING.equals(state)) {
                    return new ConflictException(
                            ConflictException.Reason.UNKNOWN_REFERENCE,
                            "the change breaks a reference between exercises and programs");
                }
            }
        }
        return failure;
    }

    public static RuntimeException translate(SQLException failure) {
        return translate(new IllegalStateException(failure.getMessage(), failure));
    }

    /**
     * Whether a failure is the pool's "Connection is not available, request timed out" with no
     * failed connection attempt behind it (Hikari then gives the timeout no cause): every
     * connection was busy, none was broken. The call fails as unavailable all the same, but the
     * pool's connections are healthy and must not be evicted (see {@code Jdbc}).
     */
    public static boolean isPoolBusyTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException timeout) {
                return timeout.getCause() == null;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Whether a failure means the connection to the database is lost. */
    public static boolean isConnectionLoss(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            // Class 08: connection exceptions; 57P01-03: the server is shutting down or restarting.
            return state != null && (state.startsWith("08") || state.startsWith("57P"));
        }
        return false;
    }

    /**
     * The deepest cause's message, for one log or error line. Flyway heads its reports with a
     * generic line ("Validate failed: ...") and names the migration on the next: the first few
     * lines are kept, joined.
     */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null) {
            return root.getClass().getSimpleName();
        }
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .limit(3)
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String brief(Throwable cause) {
        String message = cause.getMessage();
        return message == null
                ? cause.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }
}
