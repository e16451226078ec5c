package dev.limber.api.exercise;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Stored;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps exercises read by id for a short time, because a read from the store costs three queries
 * and a transaction while the catalog changes rarely. Writes through this instance forget the
 * entry at once; writes made elsewhere (another instance, the CLI) show after at most the
 * time-to-live ({@code limber.read-cache.ttl}, 1 s by default, 0 to turn the cache off).
 * Conditional writes are always checked against the store, so no update is ever lost to it.
 *
 * <p>Caffeine loads a key atomically: forgetting a key waits for a load of it in flight, so a read
 * that began before a write can never put the old copy back after the write forgot it.
 */
@Singleton
final class ExerciseReadCache {
    private final Cache<ExerciseId, Stored<Exercise>> entries;

    ExerciseReadCache(
            @Value("${limber.read-cache.ttl:1s}") Duration ttl,
            @Value("${limber.read-cache.max-entries:10000}") int maxEntries) {
        this.entries = ttl.isZero() || ttl.isNegative()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(ttl)
                        .maximumSize(maxEntries)
                        .build();
    }

    /** The cached exercise if it is still fresh. */
    Optional<Stored<Exercise>> fresh(ExerciseId id) {
        return entries == null ? Optional.empty() : Optional.ofNullable(entries.getIfPresent(id));
    }

    /** The cached exercise while fresh, else what {@code load} reads (a miss is never cached). */
    Stored<Exercise> get(ExerciseId id, Function<ExerciseId, Stored<Exercise>> load) {
        return entries == null ? load.apply(id) : entries.get(id, load);
    }

    /** Runs a write of that exercise and forgets the cached copy afterwards, whatever happened. */
    <T> T forgetAfter(ExerciseId id, Supplier<T> write) {
        try {
            return write.get();
        } finally {
            if (entries != null) {
                entries.invalidate(id);
            }
        }
    }
}
