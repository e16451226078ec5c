package dev.limber.api.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Reads kept for a short time-to-live under the generation of the data they were read in. Forgetting
 * every entry cannot wait for the loads in flight, so each write moves the generation on after it is
 * done, and a read that began before lands in the old generation, which no later read asks for: a
 * read from before a write is never answered after it. Writes made elsewhere (another instance
 * sharing the database, the CLI) show after at most the time-to-live.
 *
 * @param <K> what a read is asked by
 * @param <V> what it reads
 */
public final class GenerationalCache<K, V> {
    private final Cache<Key<K>, V> values;
    private final LongSupplier generation;

    /** A key as asked in one generation of the data. */
    private record Key<K>(long generation, K key) {}

    /**
     * At most {@code maxSize} values each kept for {@code ttl}; none at all for a zero or negative
     * time-to-live. Hits and misses are counted under {@code name} when metrics are on.
     */
    public GenerationalCache(Duration ttl, int maxSize, LongSupplier generation, MeterRegistry metrics, String name) {
        this.generation = generation;
        this.values = ttl.isZero() || ttl.isNegative()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(ttl)
                        .maximumSize(maxSize)
                        .recordStats()
                        .build();
        if (metrics != null && values != null) {
            // cache_gets_total{cache=name,result="hit"|"miss"}, cache_size, evictions
            CaffeineCacheMetrics.monitor(metrics, values, name);
        }
    }

    /** The cached value if it is still fresh (counted as a hit or a miss). */
    public Optional<V> fresh(K key) {
        return values == null
                ? Optional.empty()
                : Optional.ofNullable(values.getIfPresent(new Key<>(generation.getAsLong(), key)));
    }

    /** The cached value while fresh, else what {@code load} reads; a load that throws keeps nothing. */
    public V get(K key, Function<K, V> load) {
        return values == null
                ? load.apply(key)
                : values.asMap()
                        .compute(
                                new Key<>(generation.getAsLong(), key),
                                (asked, present) -> present != null ? present : load.apply(asked.key()));
    }

    /** Frees every value; call after moving the generation on (no read asks for the old one). */
    public void clear() {
        if (values != null) {
            values.invalidateAll();
        }
    }
}
