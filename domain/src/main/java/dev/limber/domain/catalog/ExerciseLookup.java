package dev.limber.domain.catalog;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Stored;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an exercise by id: how rules, cards and warm-ups resolve the ids a program names. Any
 * source will do: a catalog, a list, the store, or a lambda an embedding app writes.
 */
@FunctionalInterface
public interface ExerciseLookup {

    /** The exercise with that id, or empty when the source lacks it. */
    Optional<Exercise> find(ExerciseId id);

    /** Looks up in a catalog's exercises (indexed once, so loops stay fast). */
    static ExerciseLookup of(Catalog catalog) {
        return of(catalog.exercises());
    }

    /** Looks up in these exercises (indexed once); the last of a repeated id wins. */
    static ExerciseLookup of(Collection<Exercise> exercises) {
        Map<ExerciseId, Exercise> byId = new HashMap<>();
        for (Exercise exercise : exercises) {
            byId.put(exercise.id(), exercise);
        }
        return id -> Optional.ofNullable(byId.get(id));
    }

    /** Looks up in the store, through the out-port; {@link #prefetch} reads many ids at once. */
    static ExerciseLookup of(Exercises store) {
        return new ExerciseLookup() {
            @Override
            public Optional<Exercise> find(ExerciseId id) {
                return store.find(id).map(Stored::value);
            }

            @Override
            public ExerciseLookup prefetch(Collection<ExerciseId> ids) {
                Map<ExerciseId, Exercise> found = store.findAll(new LinkedHashSet<>(ids));
                return id -> found.containsKey(id) ? Optional.of(found.get(id)) : find(id);
            }
        };
    }

    /**
     * A lookup that already holds the exercises of these ids where its source can read them in one
     * go (a store); other lookups just remember what they are asked.
     */
    default ExerciseLookup prefetch(Collection<ExerciseId> ids) {
        return cached();
    }

    /** The built-in catalog's exercises. */
    static ExerciseLookup builtIn() {
        return of(BuiltInCatalog.catalog());
    }

    /** Looks here first, then in {@code other}: a custom catalog on top of the built-in one. */
    default ExerciseLookup orElse(ExerciseLookup other) {
        ExerciseLookup first = this;
        return new ExerciseLookup() {
            @Override
            public Optional<Exercise> find(ExerciseId id) {
                Optional<Exercise> found = first.find(id);
                return found.isPresent() ? found : other.find(id);
            }

            /** Each side reads in one go; {@code other} only the ids {@code first} lacks. */
            @Override
            public ExerciseLookup prefetch(Collection<ExerciseId> ids) {
                ExerciseLookup near = first.prefetch(ids);
                List<ExerciseId> rest =
                        ids.stream().filter(id -> near.find(id).isEmpty()).toList();
                return near.orElse(other.prefetch(rest));
            }
        };
    }

    /** Remembers answers, so a store is asked about each id once per use. */
    default ExerciseLookup cached() {
        Map<ExerciseId, Optional<Exercise>> seen = new HashMap<>();
        return id -> seen.computeIfAbsent(id, this::find);
    }
}
