package dev.limber.domain.port;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.PageRequest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Out-port: the stored exercise catalog. Implementations raise {@link ConflictException} for
 * refused writes and {@link StoreUnavailableException} when the store cannot be reached.
 */
public interface Exercises {

    Optional<Stored<Exercise>> find(ExerciseId id);

    /** Creates or replaces one exercise, checking the version the caller expects. */
    Stored<Exercise> save(Exercise exercise, ExpectedVersion expected);

    /** Adds many new exercises at once (batched); refuses any id that already exists. */
    void addAll(List<Exercise> exercises);

    /** Deletes one; refuses while programs use it. Returns false when there was none. */
    boolean delete(ExerciseId id, ExpectedVersion expected);

    Page<Exercise> search(ExerciseQuery query);

    /**
     * The stored exercises among these ids, by id; missing ids are left out. Stores answer in one
     * round trip where they can (the default asks one id at a time).
     */
    default Map<ExerciseId, Exercise> findAll(Collection<ExerciseId> ids) {
        Map<ExerciseId, Exercise> found = new LinkedHashMap<>();
        for (ExerciseId id : ids) {
            find(id).ifPresent(stored -> found.put(id, stored.value()));
        }
        return found;
    }

    /**
     * Every stored exercise of these kinds, in id order: the candidates a warm-up is built from.
     * Stores answer with one query where they can (the default pages through {@link #search}).
     */
    default List<Exercise> ofKinds(Set<ExerciseKind> kinds) {
        List<Exercise> all = new java.util.ArrayList<>();
        for (ExerciseKind kind : kinds) {
            Page<Exercise> page;
            int number = 0;
            do {
                page = search(new ExerciseQuery(kind, null, null, new PageRequest(number++, PageRequest.MAX_SIZE)));
                all.addAll(page.items());
            } while (page.hasNext());
        }
        all.sort(java.util.Comparator.comparing(Exercise::id));
        return all;
    }

    /** Which of these ids are stored. */
    Set<ExerciseId> existing(Collection<ExerciseId> ids);

    long count();

    /** Every stored id, in id order: what "did you mean" and completion choose from. */
    List<ExerciseId> ids();
}
