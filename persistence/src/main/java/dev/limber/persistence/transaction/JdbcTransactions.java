package dev.limber.persistence.transaction;

import dev.limber.domain.port.Transactions;
import dev.limber.persistence.failure.SqlFailures;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** The domain's unit of work on the default data source: all or nothing. */
@Singleton
final class JdbcTransactions implements Transactions {
    private final TransactionOperations<Connection> transactions;

    JdbcTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.executeWrite(status -> work.get());
        } catch (RuntimeException failure) {
            throw SqlFailures.translate(failure);
        }
    }
}
