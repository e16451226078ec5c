package dev.limber.persistence.migration;

import dev.limber.domain.port.DatabaseSchema;
import dev.limber.domain.port.MigrationState;
import dev.limber.domain.port.SchemaMigration;
import dev.limber.domain.port.SchemaStatus;
import dev.limber.domain.port.StoreUnavailableException;
import dev.limber.persistence.failure.SqlFailures;
import dev.limber.persistence.settings.ConnectionPool;
import dev.limber.persistence.settings.H2Settings;
import dev.limber.persistence.settings.JdbcUrls;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * The {@link DatabaseSchema} port on Flyway, configured from {@code flyway.datasources.default.*}
 * as Micronaut's Flyway integration is, plus the vendor folder. The application migrates through
 * it at start (see {@code PrepareStoreInBackground}); {@code limber db} starts with that switched
 * off, so {@code info} can show what is pending.
 */
@Singleton
public final class FlywaySchema implements DatabaseSchema {
    private final DataSource dataSource;
    private final @Nullable FlywayConfigurationProperties settings;
    /** Built once, on first use: the settings and the database's vendor do not change. */
    private volatile Flyway flyway;

    private final H2Settings h2;

    FlywaySchema(
            DataSource dataSource,
            DataSourceResolver resolver,
            @Nullable @Named("default") FlywayConfigurationProperties settings,
            H2Settings h2) {
        this.h2 = h2;
        // Flyway manages its own connections: give it the pool, not the transaction-bound proxy.
        this.dataSource = resolver.resolve(dataSource);
        this.settings = settings;
    }

    private Flyway flyway() {
        Flyway built = flyway;
        if (built == null) {
            synchronized (this) {
                built = flyway;
                if (built == null) {
                    FluentConfiguration configuration = Flyway.configure(FlywaySchema.class.getClassLoader());
                    if (settings != null) {
                        configuration.configuration(settings.getFluentConfiguration());
                        if (settings.getProperties() != null) {
                            configuration.configuration(settings.getProperties());
                        }
                    }
                    configuration.dataSource(dataSource);
                    VendorMigrations.add(configuration);
                    built = configuration.load();
                    flyway = built;
                }
            }
        }
        return built;
    }

    @Override
    public SchemaStatus status() {
        return status(flyway(), List.of());
    }

    @Override
    public SchemaStatus migrate() {
        Flyway flyway = flyway();
        flyway.migrate();
        return status(flyway, List.of());
    }

    /** The start's migration: the same, without reading the schema's status back, which nobody shows. */
    public void migrateAtStart() {
        flyway().migrate();
    }

    @Override
    public SchemaStatus validate() {
        Flyway flyway = flyway();
        ValidateResult result = flyway.validateWithResult();
        List<String> problems = new ArrayList<>();
        if (!result.validationSuccessful) {
            result.invalidMigrations.forEach(
                    invalid -> problems.add((invalid.version == null ? invalid.filepath : "version " + invalid.version)
                            + ": " + invalid.errorDetails.errorMessage));
            if (problems.isEmpty()) {
                problems.add(result.getAllErrorMessages());
            }
        }
        return status(flyway, problems);
    }

    private SchemaStatus status(Flyway flyway, List<String> problems) {
        try {
            MigrationInfoService info = flyway.info();
            List<SchemaMigration> migrations = new ArrayList<>();
            for (MigrationInfo migration : info.all()) {
                if (migration.getVersion() == null) {
                    continue; // Flyway's own schema-creation marker
                }
                migrations.add(new SchemaMigration(
                        migration.getVersion().getVersion(),
                        migration.getDescription(),
                        state(migration.getState()),
                        migration.getInstalledOn() == null
                                ? null
                                : migration.getInstalledOn().toInstant()));
            }
            MigrationInfo current = info.current();
            return new SchemaStatus(
                    database(),
                    current == null || current.getVersion() == null
                            ? null
                            : current.getVersion().getVersion(),
                    migrations,
                    problems);
        } catch (RuntimeException failure) {
            throw new StoreUnavailableException(
                    "cannot read the schema: " + SqlFailures.rootMessage(failure),
                    failure,
                    SqlFailures.remedy(failure).orElse(null));
        }
    }

    /** Flyway's many states, told apart as far as an administrator acts differently on them. */
    private static MigrationState state(org.flywaydb.core.api.MigrationState state) {
        if (state.isFailed()) {
            return MigrationState.FAILED;
        }
        return switch (state) {
            case PENDING -> MigrationState.PENDING;
            case SUCCESS, BASELINE -> MigrationState.SUCCESS;
            case MISSING_SUCCESS -> MigrationState.MISSING;
            case FUTURE_SUCCESS -> MigrationState.FUTURE;
            case IGNORED, BELOW_BASELINE -> MigrationState.IGNORED;
            case OUT_OF_ORDER -> MigrationState.OUT_OF_ORDER;
            default -> MigrationState.OTHER;
        };
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            // As configured, so that it can be passed back to --db: without secrets, and without
            // the H2 settings Limber adds to any H2 URL anyway.
            String configured = ConnectionPool.jdbcUrl(dataSource);
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at "
                    + (configured == null
                            ? JdbcUrls.withoutParameters(meta.getURL())
                            : JdbcUrls.withoutSecrets(h2.shorten(configured)));
        } catch (SQLException unreachable) {
            throw new StoreUnavailableException(
                    "the database is unavailable: " + SqlFailures.rootMessage(unreachable),
                    unreachable,
                    SqlFailures.remedy(unreachable).orElse(null));
        }
    }
}
