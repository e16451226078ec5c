package dev.limber.api.exercise;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.limber.api.cache.StoreWrites;
import dev.limber.api.page.PageCache;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Stored;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps exercises read by id, and catalog pages, for a short time, because a read from the store
 * costs a transaction and three to five queries while the catalog changes rarely. Writes through
 * this instance forget the exercise and every page at once; writes made elsewhere (another
 * instance, the CLI) show after at most the time-to-live ({@code limber.read-cache.ttl}, 1 s by
 * default, 0 to turn the cache off). Conditional writes are always checked against the store, so
 * no update is ever lost to it.
 *
 * <p>Caffeine loads a key atomically: forgetting a key waits for a load of it in flight, so a read
 * by id that began before a write can never put the old copy back after the write forgot it. Pages
 * are kept per generation ({@link PageCache}): a page read before a write is never answered after it.
 */
@Singleton
final class ExerciseReadCache {
    private final Cache<ExerciseId, Stored<Exercise>> entries;
    private final PageCache<ExerciseQuery, Exercise> pages;
    private final StoreWrites writes;

    ExerciseReadCache(
            @Value("${limber.read-cache.ttl:1s}") Duration ttl,
            @Value("${limber.read-cache.max-entries:10000}") int maxEntries,
            @Value("${limber.read-cache.max-pages:1000}") int maxPages,
            @Nullable MeterRegistry metrics,
            StoreWrites writes) {
        this.writes = writes;
        boolean off = ttl.isZero() || ttl.isNegative();
        this.entries = off
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(ttl)
                        .maximumSize(maxEntries)
                        .recordStats()
                        .build();
        this.pages = new PageCache<>(ttl, maxPages, metrics, "exercise-pages");
        if (metrics != null && !off) {
            // cache_gets_total{cache="exercises",result="hit"|"miss"}, cache_size, evictions
            CaffeineCacheMetrics.monitor(metrics, entries, "exercises");
        }
    }

    /** The cached page of the catalog if it is still fresh. */
    Optional<Page<Exercise>> freshPage(ExerciseQuery query) {
        return pages.fresh(query);
    }

    /** The cached page while fresh, else what {@code load} reads. */
    Page<Exercise> page(ExerciseQuery query, Function<ExerciseQuery, Page<Exercise>> load) {
        return pages.page(query, load);
    }

    /** The cached exercise if it is still fresh. */
    Optional<Stored<Exercise>> fresh(ExerciseId id) {
        return entries == null ? Optional.empty() : Optional.ofNullable(entries.getIfPresent(id));
    }

    /**
     * The cached exercise while fresh, else what {@code load} reads (a miss is never cached).
     * Callers ask {@link #fresh} first, which counts the hit or miss in the cache's metrics.
     */
    Stored<Exercise> get(ExerciseId id, Function<ExerciseId, Stored<Exercise>> load) {
        // compute through the map view counts a load but no second miss: fresh() counted it.
        return entries == null
                ? load.apply(id)
                : entries.asMap().compute(id, (key, present) -> present != null ? present : load.apply(key));
    }

    /**
     * Runs a write of that exercise and forgets the cached copy and every cached page afterwards,
     * whatever happened.
     */
    <T> T forgetAfter(ExerciseId id, Supplier<T> write) {
        try {
            return writes.count(write);
        } finally {
            if (entries != null) {
                entries.invalidate(id);
            }
            pages.forgetAll();
        }
    }
}
