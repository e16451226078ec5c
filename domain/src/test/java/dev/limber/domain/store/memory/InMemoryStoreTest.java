package dev.limber.domain.store.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.contract.StoreContract;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

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

    /** A read unit takes no turn: a writer on another thread goes on, and the unit's reads keep one snapshot. */
    @Test
    void aReadUnitReadsOneSnapshotWithoutHoldingWritersUp() {
        InMemoryStore store = new InMemoryStore();
        List<Exercise> builtIn = BuiltInCatalog.catalog().exercises();
        store.exercises().addAll(builtIn.subList(0, 1));
        Exercise later = builtIn.get(1);
        List<Boolean> seen = store.transactions().reading(() -> {
            boolean before = store.exercises().find(later.id()).isPresent();
            CompletableFuture.runAsync(() -> store.exercises().addAll(List.of(later)))
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join();
            return List.of(before, store.exercises().find(later.id()).isPresent());
        });
        assertEquals(List.of(false, false), seen);
        assertTrue(store.exercises().find(later.id()).isPresent(), "the writer's change is published");
    }

    @Test
    void aReadUnitRefusesToWrite() {
        InMemoryStore store = new InMemoryStore();
        Exercise one = BuiltInCatalog.catalog().exercises().get(0);
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> store.transactions().reading(() -> {
                    store.exercises().addAll(List.of(one));
                    return null;
                }));
        assertEquals("a read-only unit of work cannot write", refused.getMessage());
        assertEquals(List.<ExerciseId>of(), store.exercises().ids());
    }
}
