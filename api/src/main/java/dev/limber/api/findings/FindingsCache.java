package dev.limber.api.findings;

import dev.limber.api.cache.GenerationalCache;
import dev.limber.api.cache.StoreWrites;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.rules.ValidationReport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Function;

/**
 * The findings of stored programs kept for the read cache's time-to-live ({@code
 * limber.read-cache.ttl}, 1 s by default, 0 to turn it off): checking one reads the program and
 * every exercise it names, while the rules themselves take microseconds. A program's findings
 * depend on its exercises too, so any write through this instance, of a program or of an
 * exercise, retires them all ({@link StoreWrites}); writes made elsewhere show after at most the
 * time-to-live, as for every read cache.
 */
@Singleton
final class FindingsCache {
    private final GenerationalCache<ProgramId, ValidationReport> reports;

    FindingsCache(
            @Value("${limber.read-cache.ttl:1s}") Duration ttl,
            @Value("${limber.read-cache.max-pages:1000}") int maxReports,
            @Nullable MeterRegistry metrics,
            StoreWrites writes) {
        this.reports = new GenerationalCache<>(ttl, maxReports, writes::count, metrics, "program-findings");
    }

    /** The program's findings while fresh, else what {@code check} finds; a missing program is never kept. */
    ValidationReport report(ProgramId id, Function<ProgramId, ValidationReport> check) {
        return reports.fresh(id).orElseGet(() -> reports.get(id, check));
    }
}
