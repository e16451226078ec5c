package dev.limber.cli.wiring;

import dev.limber.domain.store.memory.InMemoryStore;
import dev.limber.domain.usecase.UseCases;

/**
 * The built-in catalog alone, held in memory for one command: the same use cases a database
 * gives, over a store that holds what a fresh database holds after its seeding, and nothing a
 * user added. Nothing written to it outlives the command.
 */
public final class BuiltInStore {
    private BuiltInStore() {}

    /** Every use case over a new in-memory store holding the built-in catalog. */
    public static UseCases useCases() {
        InMemoryStore memory = new InMemoryStore();
        UseCases useCases = UseCases.over(memory.exercises(), memory.programs(), memory.transactions());
        useCases.seedBuiltInCatalog().ifEmpty();
        return useCases;
    }
}
