package dev.limber.persistence.failure;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the connection pool to throw away a connection whose database went away, so that the
 * first call after the database is back gets a fresh connection instead of a dead one. Hikari
 * recognises PostgreSQL's codes by itself; H2 reports a lost server with its own codes.
 */
public final class EvictBrokenConnections implements SQLExceptionOverride {
    /** H2: connection broken (90067), database closed (90121), not found or not reachable (90098). */
    private static final java.util.Set<Integer> H2_GONE = java.util.Set.of(90067, 90121, 90098);

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        return SqlFailures.isConnectionLoss(failure) || H2_GONE.contains(failure.getErrorCode())
                ? Override.MUST_EVICT
                : Override.CONTINUE_EVICT;
    }
}
