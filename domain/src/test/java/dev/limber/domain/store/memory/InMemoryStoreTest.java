package dev.limber.domain.store.memory;

import dev.limber.domain.port.contract.StoreContract;

/** The store contract on the in-memory store: the same promises as the database's, in milliseconds. */
class InMemoryStoreTest extends StoreContract {
    @Override
    protected Ports open() {
        InMemoryStore store = new InMemoryStore();
        return new Ports(store.exercises(), store.programs(), store.transactions());
    }

    @Override
    protected int countsPerWriter() {
        return 1000;
    }
}
