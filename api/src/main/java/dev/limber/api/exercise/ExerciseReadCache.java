package dev.limber.api.exercise;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Stored;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps exercises read by id for a short time, because a read from the store costs three queries
 * and a transaction while the catalog changes rarely. Writes through this instance forget the
 * entry at once; writes made elsewhere (another instance, the CLI) show after at most the
 * time-to-live ({@code limber.read-cache.ttl}, 1 s by default, 0 to turn the cache off).
 * Conditional writes are always checked against the store, so no update is ever lost to it.
 */
@Singleton
final class ExerciseReadCache {
    private final long ttlNanos;
    private final int maxEntries;
    private final ConcurrentHashMap<ExerciseId, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(Stored<Exercise> stored, long expiresAt) {
    }

    ExerciseReadCache(@Value("${limber.read-cache.ttl:1s}") Duration ttl,
            @Value("${limber.read-cache.max-entries:10000}") int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The cached exercise if it is still fresh. */
    java.util.Optional<Stored<Exercise>> fresh(ExerciseId id) {
        Entry entry = ttlNanos <= 0 ? null : entries.get(id);
        return entry != null && System.nanoTime() - entry.expiresAt() < 0
                ? java.util.Optional.of(entry.stored()) : java.util.Optional.empty();
    }

    /** The cached exercise while fresh, else what {@code load} reads (a miss is never cached). */
    Stored<Exercise> get(ExerciseId id, Function<ExerciseId, Stored<Exercise>> load) {
        if (ttlNanos <= 0) {
            return load.apply(id);
        }
        long now = System.nanoTime();
        Entry entry = entries.get(id);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.stored();
        }
        Stored<Exercise> stored = load.apply(id);
        if (entries.size() >= maxEntries) {
            entries.clear(); // crude but bounded: a catalog larger than the cache just reads more
        }
        entries.put(id, new Entry(stored, now + ttlNanos));
        return stored;
    }

    /** Runs a write of that exercise and forgets the cached copy afterwards, whatever happened. */
    <T> T forgetAfter(ExerciseId id, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } finally {
            entries.remove(id);
        }
    }
}
