package dev.limber.persistence.seed;

import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.usecase.SeedBuiltInCatalog;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the built-in catalog into an empty database when the application (service or CLI) starts,
 * so a fresh laptop answers with the article's exercises at once. {@code limber.seed.enabled=false}
 * turns it off (tests of an empty store do).
 */
@Singleton
@Requires(property = "limber.seed.enabled", notEquals = "false")
final class SeedOnFirstUse {
    private static final Logger LOG = LoggerFactory.getLogger(SeedOnFirstUse.class);
    private final SeedBuiltInCatalog seed;

    SeedOnFirstUse(Exercises exercises, Programs programs, Transactions transactions) {
        this.seed = new SeedBuiltInCatalog(exercises, programs, transactions);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (seed.ifEmpty()) {
            LOG.info("Loaded the built-in catalog into an empty database");
        }
    }
}
