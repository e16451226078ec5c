package dev.limber.domain.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Stored;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.domain.rules.ValidationReport;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Validating a stored program asks the store once for all the exercises it names, not once per
 * exercise per rule: what keeps the findings endpoint to a handful of queries.
 */
class ValidateProgramLookupTest {

    /** A store over the built-in catalog that counts how it is asked. */
    private static final class CountingStore implements Exercises {
        final Map<ExerciseId, Exercise> byId = BuiltInCatalog.catalog().exercises().stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        int singleReads;
        int batchReads;

        @Override
        public Optional<Stored<Exercise>> find(ExerciseId id) {
            singleReads++;
            return Optional.ofNullable(byId.get(id)).map(e -> new Stored<>(e, 1, Instant.EPOCH));
        }

        @Override
        public Map<ExerciseId, Exercise> findAll(Collection<ExerciseId> ids) {
            batchReads++;
            return ids.stream().filter(byId::containsKey).distinct()
                    .collect(Collectors.toMap(Function.identity(), byId::get));
        }

        @Override
        public Stored<Exercise> save(Exercise exercise, ExpectedVersion expected) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addAll(List<Exercise> exercises) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(ExerciseId id, ExpectedVersion expected) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Exercise> search(ExerciseQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<ExerciseId> existing(Collection<ExerciseId> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return byId.size();
        }
    }

    @Test
    void aStoredProgramsExercisesAreReadInOneBatch() {
        CountingStore store = new CountingStore();
        ValidationReport report = new ValidateProgram(store).validate(BuiltInCatalog.PAIN_FREE_LEG_DAY);
        assertTrue(report.findings().isEmpty(), report.toString());
        assertEquals(1, store.batchReads);
        assertEquals(0, store.singleReads, "no exercise read one by one");
    }
}
