package dev.limber.persistence.startup;

import dev.limber.domain.port.StoreStartup;
import dev.limber.domain.port.StoreUnavailableException;
import dev.limber.persistence.failure.SqlFailures;
import dev.limber.persistence.migration.AppliedHistory;
import dev.limber.persistence.migration.FlywaySchema;
import dev.limber.persistence.settings.ConnectionPool;
import dev.limber.persistence.settings.JdbcUrls;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.BeanPreDestroyEvent;
import io.micronaut.context.event.BeanPreDestroyEventListener;
import io.micronaut.flyway.DataSourceMigrationRunner;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the default database when its pool opens: runs the Flyway migrations (when
 * {@code flyway.datasources.default.enabled}, as Micronaut's own runner would), then the
 * application's {@link StoreStartup.Step} beans (the service's and the CLI's seeding of an empty
 * catalog). What those steps are, and what a failure means, the application decides: this
 * adapter neither runs a use case nor ends the process.
 *
 * <p>Micronaut's runner does this on the starting thread, so the HTTP server waited for Flyway,
 * its configuration classes and the seed check before it opened its port. This does the same work
 * on a thread of its own while the application goes on starting; {@link StoreReadiness} holds
 * every store call until it is done. Measured in docs/benchmarks.md ("Start-up").
 *
 * <p>The first connection gets the time the database needs to open, up to
 * {@code limber.store.open-timeout}, not just the pool's connection timeout: an embedded H2
 * database that a crashed process left behind waits out its lock file and recovers first, which
 * takes longer than the pool's 3 s (docs/operations.md, "Crashes").
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class)
final class PrepareStoreInBackground
        implements BeanCreatedEventListener<DataSource>, BeanPreDestroyEventListener<DataSource> {
    private static final String DEFAULT = "default";
    private static final Logger LOG = LoggerFactory.getLogger(PrepareStoreInBackground.class);

    private static final String FLYWAY = "flyway.datasources." + DEFAULT;

    private final BeanContext context;
    private final Environment environment;
    private final StoreReadiness readiness;
    private final Duration openTimeout;
    private final AtomicBoolean started = new AtomicBoolean();

    PrepareStoreInBackground(
            BeanContext context,
            Environment environment,
            StoreReadiness readiness,
            @Property(name = "limber.store.open-timeout", defaultValue = "5m") Duration openTimeout) {
        this.context = context;
        this.environment = environment;
        this.readiness = readiness;
        this.openTimeout = openTimeout;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (DEFAULT.equals(event.getBeanIdentifier().getName()) && started.compareAndSet(false, true)) {
            // As Micronaut's runner decides, read from the settings rather than from Flyway's
            // settings bean, which starts a good part of Flyway (see migrate below).
            boolean migrate = environment.containsProperties(FLYWAY)
                    && environment
                            .getProperty(FLYWAY + ".enabled", Boolean.class)
                            .orElse(true);
            // The pool itself: another listener may have wrapped it to take part in transactions,
            // and the wrapper refuses a connection outside one.
            DataSource dataSource = ConnectionPool.of(event.getBean());
            String url = ConnectionPool.jdbcUrl(dataSource);
            readiness.locatedAt(url == null ? "(default data source)" : JdbcUrls.withoutParameters(url));
            // Before the pool's first connection (its housekeeper opens it 100 ms after the pool):
            // a lock file now was left by a process that did not close the database.
            boolean leftOpen = JdbcUrls.h2LockFile(url).filter(Files::exists).isPresent();
            boolean steps = !context.getBeanDefinitions(StoreStartup.Step.class).isEmpty();
            if (migrate || steps) {
                Thread thread = new Thread(() -> prepare(dataSource, leftOpen, migrate), "limber-store-start");
                thread.setDaemon(true);
                readiness.preparingOn(thread);
                thread.start();
            } else {
                readiness.succeeded();
            }
        }
        return event.getBean();
    }

    /**
     * An application that stops at once (a CLI command that needed no data) must not close the
     * pool under a migration half done: the pool closes after the preparation has finished.
     */
    @Override
    public DataSource onPreDestroy(BeanPreDestroyEvent<DataSource> event) {
        if (started.get()) { // else nothing was started that could end
            readiness.awaitEnd();
        }
        return event.getBean();
    }

    private void prepare(DataSource dataSource, boolean leftOpen, boolean migrate) {
        try {
            try {
                awaitFirstConnection(dataSource, leftOpen);
            } catch (SQLException | RuntimeException cannotOpen) {
                // Named with the database and, where the cause tells, what to do about it
                // (another process holds the file): every store call reports this.
                throw new StoreUnavailableException(
                        "cannot open the database " + readiness.location() + ": " + SqlFailures.rootMessage(cannotOpen),
                        cannotOpen,
                        SqlFailures.remedy(cannotOpen).orElse(null));
            }
            // A history that already records exactly this build's migrations needs no Flyway:
            // one query instead of starting Flyway and validating every migration (measured in
            // docs/benchmarks.md). Any other history is Flyway's to migrate or refuse, as before.
            if (migrate && !AppliedHistory.matchesThisBuild(dataSource, environment)) {
                context.getBean(FlywaySchema.class).migrateAtStart();
            } else if (migrate) {
                LOG.debug("The schema history of {} matches this build's migrations", readiness.location());
            }
            // On this thread, so their store calls pass the gate that holds everyone else's.
            for (StoreStartup.Step step : context.getBeansOfType(StoreStartup.Step.class)) {
                step.run();
            }
            readiness.succeeded();
        } catch (Throwable failure) { // any failure, errors too: store calls must not wait forever
            readiness.failed(failure);
        }
    }

    /**
     * Waits until the pool has opened its first connection. A pool timeout with no failure behind
     * it means the pool is still opening that connection (an embedded database recovering): wait
     * on, up to the open timeout, and say so once. A timeout with a failure behind it (refused,
     * unknown host, bad password) fails at once, as before.
     */
    private void awaitFirstConnection(DataSource dataSource, boolean leftOpen) throws SQLException {
        long start = System.nanoTime();
        boolean told = false;
        while (true) {
            try (Connection first = dataSource.getConnection()) {
                if (told) {
                    LOG.info(
                            "The database {} is open, after {} s",
                            readiness.location(),
                            String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
                }
                return;
            } catch (SQLTransientConnectionException timedOut) {
                Duration waited = Duration.ofNanos(System.nanoTime() - start);
                if (timedOut.getCause() != null || waited.compareTo(openTimeout) >= 0) {
                    throw timedOut;
                }
                if (!told) {
                    told = true;
                    String why = leftOpen
                            ? "was not closed cleanly (a crash or kill -9 left its lock file) and is recovering"
                            : "is still opening";
                    LOG.warn(
                            "The database {} {}; waiting for it, up to {} s (limber.store.open-timeout)",
                            readiness.location(),
                            why,
                            openTimeout.toSeconds());
                }
            }
        }
    }
}
