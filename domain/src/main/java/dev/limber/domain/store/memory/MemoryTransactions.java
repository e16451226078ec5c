package dev.limber.domain.store.memory;

import dev.limber.domain.port.Transactions;
import java.util.function.Supplier;

/** The {@link Transactions} port of an {@link InMemoryStore}. */
final class MemoryTransactions implements Transactions {
    private final InMemoryStore store;

    MemoryTransactions(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return store.inTransaction(work);
    }

    @Override
    public <T> T reading(Supplier<T> work) {
        return store.reading(work);
    }
}
