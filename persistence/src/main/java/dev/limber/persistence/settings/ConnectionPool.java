package dev.limber.persistence.settings;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The connection pool behind a data source. Micronaut Data wraps the pool so that it takes part
 * in transactions, and the wrapper refuses a connection outside one; what works outside a
 * transaction (the start-up preparation, the health check) asks the pool itself.
 */
public final class ConnectionPool {
    private ConnectionPool() {}

    public static DataSource of(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class);
            }
        } catch (SQLException notAPool) {
            // fall through: used as it is
        }
        return dataSource;
    }

    /** The URL the pool was configured with (Limber's H2 settings added), or null when not a pool. */
    public static String jdbcUrl(DataSource dataSource) {
        DataSource pool = of(dataSource);
        return pool instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : null;
    }
}
