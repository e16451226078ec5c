package dev.limber.domain.store.memory;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Stored;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The {@link Exercises} port of an {@link InMemoryStore}. */
final class MemoryExercises implements Exercises {
    private final InMemoryStore store;

    MemoryExercises(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Stored<Exercise>> find(ExerciseId id) {
        return store.read(contents -> Optional.ofNullable(contents.exercises.get(id)));
    }

    @Override
    public Stored<Exercise> save(Exercise exercise, ExpectedVersion expected) {
        return store.write(contents -> {
            ExerciseId id = exercise.id();
            Stored<Exercise> current = contents.exercises.get(id);
            long version = expected.judgeSave("exercise", id, current == null ? null : current.version())
                            .orElse(0L)
                    + 1;
            Stored<Exercise> saved = new Stored<>(exercise, version, Instant.now(store.clock()));
            contents.exercises.put(id, saved);
            return saved;
        });
    }

    @Override
    public void addAll(List<Exercise> exercises) {
        store.write(contents -> {
            Set<ExerciseId> seen = new HashSet<>();
            for (Exercise exercise : exercises) {
                if (contents.exercises.containsKey(exercise.id()) || !seen.add(exercise.id())) {
                    throw ConflictException.alreadyExists("exercise", exercise.id());
                }
            }
            Instant now = Instant.now(store.clock());
            for (Exercise exercise : exercises) {
                contents.exercises.put(exercise.id(), new Stored<>(exercise, 1L, now));
            }
            return null;
        });
    }

    @Override
    public boolean delete(ExerciseId id, ExpectedVersion expected) {
        return store.write(contents -> {
            Stored<Exercise> current = contents.exercises.get(id);
            if (!expected.judgeDelete("exercise", id, current == null ? null : current.version())) {
                return false;
            }
            List<String> users = contents.programs.values().stream()
                    .map(Stored::value)
                    .filter(program -> program.exerciseIds().contains(id))
                    .map(program -> program.id().value())
                    .toList();
            if (!users.isEmpty()) {
                throw new ConflictException(
                        ConflictException.Reason.IN_USE,
                        "exercise " + id + " is used by " + String.join(", ", users),
                        users);
            }
            List<String> variations = values(contents)
                    .filter(exercise -> id.equals(exercise.variationOf()))
                    .map(exercise -> exercise.id().value())
                    .sorted()
                    .toList();
            if (!variations.isEmpty()) {
                throw ConflictException.hasVariations(id, variations);
            }
            contents.exercises.remove(id);
            return true;
        });
    }

    /** Whether its name or one of its aliases contains the lower-cased text, as the database stores search. */
    private static boolean named(Exercise exercise, String key) {
        return Contents.nameKey(exercise.name()).contains(key)
                || exercise.aliases().stream()
                        .anyMatch(alias -> Contents.nameKey(alias).contains(key));
    }

    @Override
    public Page<Exercise> search(ExerciseQuery query) {
        return store.read(contents -> {
            List<Exercise> matches = values(contents)
                    .filter(exercise -> query.kindFilter()
                            .map(kind -> exercise.kind() == kind)
                            .orElse(true))
                    .filter(exercise ->
                            query.targetFilter().map(exercise::works).orElse(true))
                    .filter(exercise -> query.textFilter()
                            .map(text -> named(exercise, Contents.nameKey(text)))
                            .orElse(true))
                    .filter(exercise -> query.variationOfFilter()
                            .map(parent -> parent.equals(exercise.variationOf()))
                            .orElse(true))
                    .sorted(Contents.EXERCISES_BY_NAME)
                    .toList();
            return Contents.page(matches, query.page());
        });
    }

    @Override
    public Map<ExerciseId, Exercise> findAll(Collection<ExerciseId> ids) {
        return store.read(contents -> {
            Map<ExerciseId, Exercise> found = new LinkedHashMap<>();
            for (ExerciseId id : ids) {
                Stored<Exercise> stored = contents.exercises.get(id);
                if (stored != null) {
                    found.put(id, stored.value());
                }
            }
            return found;
        });
    }

    @Override
    public List<Exercise> ofKinds(Set<ExerciseKind> kinds) {
        // The map is in id order already.
        return store.read(contents -> values(contents)
                .filter(exercise -> kinds.contains(exercise.kind()))
                .toList());
    }

    @Override
    public Set<ExerciseId> existing(Collection<ExerciseId> ids) {
        return store.read(contents -> {
            Set<ExerciseId> found = new HashSet<>();
            for (ExerciseId id : ids) {
                if (contents.exercises.containsKey(id)) {
                    found.add(id);
                }
            }
            return found;
        });
    }

    @Override
    public long count() {
        return store.read(contents -> (long) contents.exercises.size());
    }

    @Override
    public List<ExerciseId> ids() {
        return store.read(contents -> List.copyOf(contents.exercises.keySet()));
    }

    private static Stream<Exercise> values(Contents contents) {
        return contents.exercises.values().stream().map(Stored::value);
    }
}
