package dev.limber.api.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.limber.domain.query.Page;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Pages of one listing kept for a short time-to-live, per query (filters, page, size, total).
 * Any write may change any page, and forgetting every page cannot wait for the loads in flight,
 * so pages are kept per generation: each write starts a new generation after it is done, and a
 * page read before that lands in the old generation, which no later read asks for. So a GET that
 * read a page before a write never answers it after the write. Writes made elsewhere (another
 * instance sharing the database, the CLI) show after at most the time-to-live.
 *
 * @param <Q> the query of the listing
 * @param <T> the items of its pages
 */
public final class PageCache<Q, T> {
    private final Cache<Key<Q>, Page<T>> pages;
    private final AtomicLong generation = new AtomicLong();

    /** A query as asked in one generation of the data. */
    private record Key<Q>(long generation, Q query) {}

    /**
     * A cache of at most {@code maxPages} pages each kept for {@code ttl}; none at all for a zero
     * or negative time-to-live. Its hits and misses are counted under {@code name} when metrics are on.
     */
    public PageCache(Duration ttl, int maxPages, MeterRegistry metrics, String name) {
        this.pages = ttl.isZero() || ttl.isNegative()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(ttl)
                        .maximumSize(maxPages)
                        .recordStats()
                        .build();
        if (metrics != null && pages != null) {
            // cache_gets_total{cache=name,result="hit"|"miss"}, cache_size, evictions
            CaffeineCacheMetrics.monitor(metrics, pages, name);
        }
    }

    /** The cached page if it is still fresh. */
    public Optional<Page<T>> fresh(Q query) {
        return pages == null
                ? Optional.empty()
                : Optional.ofNullable(pages.getIfPresent(new Key<>(generation.get(), query)));
    }

    /** The cached page while fresh, else what {@code load} reads. */
    public Page<T> page(Q query, Function<Q, Page<T>> load) {
        return pages == null
                ? load.apply(query)
                : pages.asMap()
                        .compute(
                                new Key<>(generation.get(), query),
                                (key, present) -> present != null ? present : load.apply(key.query()));
    }

    /** Runs a write and forgets every page afterwards, whatever happened. */
    public <R> R forgetAfter(Supplier<R> write) {
        try {
            return write.get();
        } finally {
            forgetAll();
        }
    }

    /** Starts a new generation: no page read before it is answered again. Call after a write is done. */
    public void forgetAll() {
        if (pages != null) {
            generation.incrementAndGet();
            pages.invalidateAll(); // frees the old generation's pages; no read asks for them
        }
    }
}
