package dev.limber.cli.wiring;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The database of a command that may do without it (a document checked or printed): opened the
 * first time the command asks for it, or asks for an exercise that neither the document nor the
 * built-in catalog holds, and closed with this. A document naming only its own and built-in
 * exercises is read, checked and printed without a database being started, created or migrated.
 */
public final class StoreWhenNeeded implements AutoCloseable {
    private final Supplier<OpenStore> open;
    private final Consumer<Collection<ExerciseId>> opening;
    private OpenStore store;

    /**
     * @param open    opens the database (migrated, and seeded when empty, as every command's)
     * @param opening told the ids that made an exercise lookup open the database, before it opens
     */
    public StoreWhenNeeded(Supplier<OpenStore> open, Consumer<Collection<ExerciseId>> opening) {
        this.open = open;
        this.opening = opening;
    }

    /** The database, opened now unless it already is. */
    public OpenStore store() {
        if (store == null) {
            store = open.get();
        }
        return store;
    }

    /**
     * Where a document's exercises are found: in the document first, then in the built-in
     * catalog, and only then in the database, which the first id neither holds opens. A built-in
     * id therefore means the built-in exercise, even where the database holds another version.
     */
    public ExerciseLookup exercisesFor(Catalog document) {
        return ExerciseLookup.of(document).orElse(ExerciseLookup.builtIn()).orElse(new DatabaseLookup());
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }

    /** The database's exercises, opening it at the first id asked for; asking for none opens nothing. */
    private final class DatabaseLookup implements ExerciseLookup {
        @Override
        public Optional<Exercise> find(ExerciseId id) {
            return opened(List.of(id)).find(id);
        }

        @Override
        public ExerciseLookup prefetch(Collection<ExerciseId> ids) {
            return ids.isEmpty() ? this : opened(ids).prefetch(ids);
        }

        private ExerciseLookup opened(Collection<ExerciseId> ids) {
            if (store == null) {
                opening.accept(ids);
            }
            return store().exercises();
        }
    }
}
