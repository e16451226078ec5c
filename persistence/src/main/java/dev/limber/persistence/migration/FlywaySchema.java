package dev.limber.persistence.migration;

import dev.limber.domain.port.DatabaseSchema;
import dev.limber.domain.port.StoreUnavailableException;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * The {@link DatabaseSchema} port on Flyway, with the same migrations the application runs at
 * start (shared and vendor folders). Used by {@code limber db}; the CLI starts it with the
 * automatic start-up migration switched off, so {@code info} can show what is pending.
 */
@Singleton
final class FlywaySchema implements DatabaseSchema {
    private final DataSource dataSource;

    FlywaySchema(DataSource dataSource, DataSourceResolver resolver) {
        // Flyway manages its own connections: give it the pool, not the transaction-bound proxy.
        this.dataSource = resolver.resolve(dataSource);
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", VendorMigrations.VENDOR_ROOT + VendorMigrations.vendor(dataSource))
                .load();
    }

    @Override
    public Status status() {
        return status(flyway(), List.of());
    }

    @Override
    public Status migrate() {
        Flyway flyway = flyway();
        flyway.migrate();
        return status(flyway, List.of());
    }

    @Override
    public Status validate() {
        Flyway flyway = flyway();
        ValidateResult result = flyway.validateWithResult();
        List<String> problems = new ArrayList<>();
        if (!result.validationSuccessful) {
            result.invalidMigrations.forEach(invalid -> problems.add(
                    (invalid.version == null ? invalid.filepath : "version " + invalid.version) + ": "
                            + invalid.errorDetails.errorMessage));
            if (problems.isEmpty()) {
                problems.add(result.getAllErrorMessages());
            }
        }
        return status(flyway, problems);
    }

    private Status status(Flyway flyway, List<String> problems) {
        try {
            MigrationInfoService info = flyway.info();
            List<Migration> migrations = new ArrayList<>();
            for (MigrationInfo migration : info.all()) {
                if (migration.getVersion() == null) {
                    continue; // Flyway's own schema-creation marker
                }
                migrations.add(new Migration(migration.getVersion().getVersion(), migration.getDescription(),
                        migration.getState().getDisplayName().toLowerCase(Locale.ROOT),
                        migration.getInstalledOn() == null ? null : migration.getInstalledOn().toInstant()));
            }
            MigrationInfo current = info.current();
            return new Status(database(), current == null || current.getVersion() == null ? null
                    : current.getVersion().getVersion(), migrations, problems);
        } catch (RuntimeException failure) {
            throw new StoreUnavailableException("cannot read the schema: " + failure.getMessage(), failure);
        }
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + meta.getURL();
        } catch (SQLException unreachable) {
            throw new StoreUnavailableException("the database is unavailable: " + unreachable.getMessage(), unreachable);
        }
    }
}
