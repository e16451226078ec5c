package dev.limber.persistence.health;

import dev.limber.persistence.settings.JdbcUrls;
import dev.limber.persistence.startup.StoreReadiness;
import dev.limber.persistence.transaction.Jdbc;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.DatabaseMetaData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * The database's part of {@code /health} (and {@code /health/readiness}), in place of
 * Micronaut's {@code jdbc} check, which printed the JDBC URL as configured (with any password in
 * it) and a down database's exception with its class. Up when the store has been prepared at
 * start and a connection answers; its details (shown only to callers the health endpoint lets
 * see details) name the database, its version and its URL without parameters or user info, or,
 * when down, the reason in a line.
 */
@Singleton
@Readiness
@Requires(classes = HealthIndicator.class)
@Requires(beans = Jdbc.class)
@Replaces(JdbcIndicator.class)
final class DatabaseHealth implements HealthIndicator {
    static final String NAME = "database";
    private static final int VALIDATION_SECONDS = 3;

    private final Jdbc jdbc;
    private final StoreReadiness readiness;
    private final ExecutorService blocking;

    DatabaseHealth(Jdbc jdbc, StoreReadiness readiness, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.jdbc = jdbc;
        this.readiness = readiness;
        this.blocking = blocking;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(this::check, blocking));
    }

    HealthResult check() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("location", readiness.location());
        String notReady = readiness.notReadyBecause();
        if (notReady != null) {
            details.put("error", notReady);
            return HealthResult.builder(NAME, HealthStatus.DOWN)
                    .details(details)
                    .build();
        }
        try {
            boolean valid = jdbc.read(connection -> {
                DatabaseMetaData meta = connection.getMetaData();
                details.put("database", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
                details.put("location", JdbcUrls.withoutParameters(meta.getURL()));
                return connection.isValid(VALIDATION_SECONDS);
            });
            if (!valid) {
                details.put("error", "the database did not answer within " + VALIDATION_SECONDS + " s");
                return HealthResult.builder(NAME, HealthStatus.DOWN)
                        .details(details)
                        .build();
            }
            return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
        } catch (RuntimeException failure) { // StoreUnavailableException, worded without SQL or classes
            details.put("error", failure.getMessage());
            return HealthResult.builder(NAME, HealthStatus.DOWN)
                    .details(details)
                    .build();
        }
    }
}
