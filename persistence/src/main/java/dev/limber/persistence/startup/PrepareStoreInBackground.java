package dev.limber.persistence.startup;

import com.zaxxer.hikari.HikariDataSource;
import dev.limber.domain.port.StoreStartup;
import dev.limber.persistence.migration.FlywaySchema;
import dev.limber.persistence.settings.JdbcUrls;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
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
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class)
final class PrepareStoreInBackground
        implements BeanCreatedEventListener<DataSource>, BeanPreDestroyEventListener<DataSource> {
    private static final String DEFAULT = "default";

    private final BeanContext context;
    private final StoreReadiness readiness;
    private final AtomicBoolean started = new AtomicBoolean();

    PrepareStoreInBackground(BeanContext context, StoreReadiness readiness) {
        this.context = context;
        this.readiness = readiness;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (DEFAULT.equals(event.getBeanIdentifier().getName()) && started.compareAndSet(false, true)) {
            boolean migrate = context.findBean(FlywayConfigurationProperties.class, Qualifiers.byName(DEFAULT))
                    .map(FlywayConfigurationProperties::isEnabled)
                    .orElse(false);
            readiness.locatedAt(describe(event.getBean()));
            boolean steps = !context.getBeanDefinitions(StoreStartup.Step.class).isEmpty();
            if (migrate || steps) {
                Thread thread = new Thread(() -> prepare(migrate), "limber-store-start");
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

    private void prepare(boolean migrate) {
        try {
            if (migrate) {
                context.getBean(FlywaySchema.class).migrateAtStart();
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

    private static String describe(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return JdbcUrls.withoutParameters(
                        dataSource.unwrap(HikariDataSource.class).getJdbcUrl());
            }
        } catch (java.sql.SQLException notAPool) {
            // fall through: described generically
        }
        return "(default data source)";
    }
}
