package dev.limber.domain.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.store.memory.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in catalog goes into an empty store once, and never into one that holds data. */
class SeedBuiltInCatalogTest {
    private final InMemoryStore store = new InMemoryStore();
    private final SeedBuiltInCatalog seed =
            new SeedBuiltInCatalog(store.exercises(), store.programs(), store.transactions());

    @Test
    void anEmptyStoreGetsTheWholeBuiltInCatalogOnce() {
        Catalog builtIn = BuiltInCatalog.catalog();
        assertTrue(seed.ifEmpty());
        assertEquals(builtIn.exercises().size(), store.exercises().count());
        assertEquals(builtIn.programs().size(), store.programs().count());
        assertFalse(seed.ifEmpty());
        assertEquals(
                1L,
                store.programs()
                        .find(BuiltInCatalog.PAIN_FREE_LEG_DAY.id())
                        .orElseThrow()
                        .version());
    }

    @Test
    void aStoreHoldingAnAppsOwnExerciseIsLeftAlone() {
        Exercise own = Exercise.builder("monster-walk", "Monster Walk")
                .kind(ExerciseKind.DYNAMIC)
                .primary(Target.GLUTES)
                .build();
        store.exercises().addAll(List.of(own));
        assertFalse(seed.ifEmpty());
        assertEquals(1, store.exercises().count());
        assertEquals(0, store.programs().count());
    }
}
