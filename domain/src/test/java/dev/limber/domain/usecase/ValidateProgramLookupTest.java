package dev.limber.domain.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Stored;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.domain.rules.ValidationReport;
import dev.limber.domain.store.memory.InMemoryStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Validating a stored program asks the store once for all the exercises it names, not once per
 * exercise per rule: what keeps the findings endpoint to a handful of queries.
 */
class ValidateProgramLookupTest {

    /** The in-memory store holding the built-in catalog, counting how its exercises are read. */
    private static final class CountingReads implements Exercises {
        final Exercises store;
        int singleReads;
        int batchReads;

        CountingReads() {
            InMemoryStore memory = new InMemoryStore();
            memory.exercises().addAll(BuiltInCatalog.catalog().exercises());
            store = memory.exercises();
        }

        @Override
        public Optional<Stored<Exercise>> find(ExerciseId id) {
            singleReads++;
            return store.find(id);
        }

        @Override
        public Map<ExerciseId, Exercise> findAll(Collection<ExerciseId> ids) {
            batchReads++;
            return store.findAll(ids);
        }

        @Override
        public Stored<Exercise> save(Exercise exercise, ExpectedVersion expected) {
            return store.save(exercise, expected);
        }

        @Override
        public void addAll(List<Exercise> exercises) {
            store.addAll(exercises);
        }

        @Override
        public boolean delete(ExerciseId id, ExpectedVersion expected) {
            return store.delete(id, expected);
        }

        @Override
        public Page<Exercise> search(ExerciseQuery query) {
            return store.search(query);
        }

        @Override
        public Set<ExerciseId> existing(Collection<ExerciseId> ids) {
            return store.existing(ids);
        }

        @Override
        public long count() {
            return store.count();
        }

        @Override
        public List<ExerciseId> ids() {
            return store.ids();
        }
    }

    @Test
    void aStoredProgramsExercisesAreReadInOneBatch() {
        CountingReads store = new CountingReads();
        ValidationReport report = new ValidateProgram(store).validate(BuiltInCatalog.PAIN_FREE_LEG_DAY);
        assertTrue(report.findings().isEmpty(), report.toString());
        assertEquals(1, store.batchReads);
        assertEquals(0, store.singleReads, "no exercise read one by one");
    }
}
