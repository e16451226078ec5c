package dev.limber.persistence.transaction;

import dev.limber.persistence.failure.SqlFailures;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs SQL work in the caller's transaction when there is one, else in its own, and turns every
 * failure into the domain's typed errors. The store adapters do all their database work here.
 */
@Singleton
public final class Jdbc {
    private final TransactionOperations<Connection> transactions;

    Jdbc(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> T read(SqlWork<T> work) {
        try {
            return transactions.executeRead(status -> run(work, status.getConnection()));
        } catch (RuntimeException failure) {
            throw SqlFailures.translate(failure);
        }
    }

    public <T> T write(SqlWork<T> work) {
        try {
            return transactions.executeWrite(status -> run(work, status.getConnection()));
        } catch (RuntimeException failure) {
            throw SqlFailures.translate(failure);
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
