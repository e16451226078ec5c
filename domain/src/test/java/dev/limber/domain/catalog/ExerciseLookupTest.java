package dev.limber.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A catalog over a store: the store is read in one go, and only for what the catalog lacks. */
class ExerciseLookupTest {

    /** Stands for a store: answers from the built-in catalog and records how it is asked. */
    private static final class CountingSource implements ExerciseLookup {
        final List<List<ExerciseId>> prefetched = new ArrayList<>();
        int finds;

        @Override
        public Optional<Exercise> find(ExerciseId id) {
            finds++;
            return ExerciseLookup.builtIn().find(id);
        }

        @Override
        public ExerciseLookup prefetch(Collection<ExerciseId> ids) {
            prefetched.add(List.copyOf(ids));
            return ExerciseLookup.builtIn();
        }
    }

    @Test
    void orElsePrefetchesFromTheSecondSourceOnlyWhatTheFirstLacks() {
        Exercise own = BuiltInCatalog.catalog().exercises().get(0);
        ExerciseId stored = BuiltInCatalog.catalog().exercises().get(1).id();
        CountingSource store = new CountingSource();

        ExerciseLookup lookup =
                ExerciseLookup.of(List.of(own)).orElse(store).prefetch(List.of(own.id(), stored, stored));

        assertEquals(List.of(List.of(stored, stored)), store.prefetched);
        assertEquals(own, lookup.find(own.id()).orElseThrow());
        assertTrue(lookup.find(stored).isPresent());
        assertEquals(0, store.finds, "answered from what was prefetched");
    }
}
