package dev.limber.api.page;

import dev.limber.api.cache.GenerationalCache;
import dev.limber.domain.query.Page;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Pages of one listing kept for a short time-to-live, per query (filters, page, size, total).
 * Any write may change any page, so each write of the listing starts a new generation
 * ({@link GenerationalCache}): a GET that read a page before a write never answers it after the
 * write. Writes made elsewhere (another instance sharing the database, the CLI) show after at most
 * the time-to-live.
 *
 * @param <Q> the query of the listing
 * @param <T> the items of its pages
 */
public final class PageCache<Q, T> {
    private final AtomicLong generation = new AtomicLong();
    private final GenerationalCache<Q, Page<T>> pages;

    /**
     * A cache of at most {@code maxPages} pages each kept for {@code ttl}; none at all for a zero
     * or negative time-to-live. Its hits and misses are counted under {@code name} when metrics are on.
     */
    public PageCache(Duration ttl, int maxPages, MeterRegistry metrics, String name) {
        this.pages = new GenerationalCache<>(ttl, maxPages, generation::get, metrics, name);
    }

    /** The cached page if it is still fresh. */
    public Optional<Page<T>> fresh(Q query) {
        return pages.fresh(query);
    }

    /** The cached page while fresh, else what {@code load} reads. */
    public Page<T> page(Q query, Function<Q, Page<T>> load) {
        return pages.get(query, load);
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
        generation.incrementAndGet();
        pages.clear(); // frees the old generation's pages; no read asks for them
    }
}
