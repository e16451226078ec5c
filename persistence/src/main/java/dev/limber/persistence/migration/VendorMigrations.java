package dev.limber.persistence.migration;

import dev.limber.domain.port.StoreUnavailableException;
import dev.limber.persistence.failure.SqlFailures;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Adds the folder of migrations that only one database needs ({@code db/vendor/postgresql},
 * {@code db/vendor/h2}) to the shared {@code db/migration}. Both folders carry the same version
 * numbers, so the schema history reads alike on either database. (Flyway's own {vendor}
 * placeholder does not reach this version through Micronaut's configuration.)
 */
final class VendorMigrations {
    static final String VENDOR_ROOT = "classpath:db/vendor/";

    private VendorMigrations() {}

    static void add(FluentConfiguration configuration) {
        List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
        locations.add(new Location(VENDOR_ROOT + vendor(configuration.getDataSource())));
        configuration.locations(locations.toArray(Location[]::new));
    }

    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return vendor(connection);
        } catch (SQLException unreachable) {
            throw new StoreUnavailableException(
                    "cannot reach the database to choose its migrations: " + SqlFailures.rootMessage(unreachable),
                    unreachable,
                    SqlFailures.remedy(unreachable).orElse(null));
        }
    }

    /** The vendor folder's name for the database on this connection. */
    static String vendor(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : product;
    }
}
