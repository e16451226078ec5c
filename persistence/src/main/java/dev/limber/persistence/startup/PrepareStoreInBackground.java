package dev.limber.persistence.startup;

import com.zaxxer.hikari.HikariDataSource;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.usecase.SeedBuiltInCatalog;
import dev.limber.persistence.failure.SqlFailures;
import dev.limber.persistence.migration.FlywaySchema;
import dev.limber.persistence.settings.JdbcUrls;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.BeanPreDestroyEvent;
import io.micronaut.context.event.BeanPreDestroyEventListener;
import io.micronaut.flyway.DataSourceMigrationRunner;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the default database when its pool opens: runs the Flyway migrations (when
 * {@code flyway.datasources.default.enabled}, as Micronaut's own runner would) and loads the
 * built-in catalog into an empty database (unless {@code limber.seed.enabled=false}).
 *
 * <p>Micronaut's runner does this on the starting thread, so the HTTP server waited for Flyway,
 * its configuration classes and the seed check before it opened its port. This does the same work
 * on a thread of its own while the application goes on starting; {@link StoreReadiness} holds
 * every store call until it is done. Measured in docs/benchmarks.md ("Start-up").
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class)
final class PrepareStoreInBackground implements BeanCreatedEventListener<DataSource>,
        BeanPreDestroyEventListener<DataSource> {
    private static final Logger LOG = LoggerFactory.getLogger(PrepareStoreInBackground.class);
    private static final String DEFAULT = "default";

    private final BeanContext context;
    private final StoreReadiness readiness;
    private final boolean seed;
    private final boolean exitOnFailure;
    private final AtomicBoolean started = new AtomicBoolean();

    PrepareStoreInBackground(BeanContext context, StoreReadiness readiness,
            @Value("${limber.seed.enabled:true}") boolean seed,
            @Value("${limber.store.exit-on-start-failure:false}") boolean exitOnFailure) {
        this.context = context;
        this.readiness = readiness;
        this.seed = seed;
        this.exitOnFailure = exitOnFailure;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (DEFAULT.equals(event.getBeanIdentifier().getName()) && started.compareAndSet(false, true)) {
            boolean migrate = context.findBean(FlywayConfigurationProperties.class, Qualifiers.byName(DEFAULT))
                    .map(FlywayConfigurationProperties::isEnabled).orElse(false);
            if (migrate || seed) {
                String database = describe(event.getBean());
                Thread thread = new Thread(() -> prepare(migrate, database), "limber-store-start");
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

    private void prepare(boolean migrate, String database) {
        try {
            if (migrate) {
                context.getBean(FlywaySchema.class).migrateAtStart();
            }
            if (seed && new SeedBuiltInCatalog(context.getBean(Exercises.class), context.getBean(Programs.class),
                    context.getBean(Transactions.class)).ifEmpty()) {
                LOG.info("Loaded the built-in catalog into an empty database");
            }
            readiness.succeeded();
        } catch (Throwable failure) { // any failure, errors too: store calls must not wait forever
            // Settled first: exiting runs the shutdown hook, which waits for the preparation's end.
            readiness.failed(failure);
            LOG.debug("Why the database could not be prepared", failure);
            if (exitOnFailure) {
                // The service cannot answer without its store; a supervisor restarts it.
                LOG.error("Cannot prepare the database {}: {}", database, SqlFailures.rootMessage(failure));
                System.exit(1);
            }
            // Otherwise every store call reports it (the CLI's command, with its exit code).
        }
    }

    private static String describe(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return JdbcUrls.withoutParameters(dataSource.unwrap(HikariDataSource.class).getJdbcUrl());
            }
        } catch (java.sql.SQLException notAPool) {
            // fall through: described generically
        }
        return "(default data source)";
    }
}
