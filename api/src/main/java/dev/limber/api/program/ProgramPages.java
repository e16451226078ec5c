package dev.limber.api.program;

import dev.limber.api.cache.StoreWrites;
import dev.limber.api.page.PageCache;
import dev.limber.domain.program.Program;
import dev.limber.domain.query.ProgramQuery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Pages of the program list kept for the read cache's time-to-live ({@code limber.read-cache.ttl},
 * 1 s by default, 0 to turn it off), forgotten by every program write through this instance.
 */
@Singleton
final class ProgramPages {
    private final PageCache<ProgramQuery, Program> pages;
    private final StoreWrites writes;

    ProgramPages(
            @Value("${limber.read-cache.ttl:1s}") Duration ttl,
            @Value("${limber.read-cache.max-pages:1000}") int maxPages,
            @Nullable MeterRegistry metrics,
            StoreWrites writes) {
        this.pages = new PageCache<>(ttl, maxPages, metrics, "program-pages");
        this.writes = writes;
    }

    /** Runs a program write, then forgets every page and retires what was read before it (findings). */
    <R> R forgetAfter(Supplier<R> write) {
        return pages.forgetAfter(() -> writes.count(write));
    }

    PageCache<ProgramQuery, Program> cache() {
        return pages;
    }
}
