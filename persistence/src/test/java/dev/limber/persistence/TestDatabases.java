package dev.limber.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases every store test runs on. H2 in memory always; PostgreSQL when
 * {@code LIMBER_TEST_PG_URL} is set (CI sets it): then a missing server fails the test, it never
 * skips. Each PostgreSQL context gets a schema of its own, dropped afterwards.
 */
public final class TestDatabases {
    public static final String PG_URL = "LIMBER_TEST_PG_URL";
    public static final String PG_USER = "LIMBER_TEST_PG_USER";

    private TestDatabases() {}

    /** A fresh in-memory H2 database in PostgreSQL mode, as the embedded default runs. */
    public static Map<String, Object> h2() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(
                "datasources.default.url",
                "jdbc:h2:mem:" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        return properties;
    }

    public static boolean postgresEnabled() {
        String url = System.getenv(PG_URL);
        return url != null && !url.isBlank();
    }

    /** A fresh schema on the PostgreSQL server CI names; skips the test when none is named. */
    public static Map<String, Object> postgres() {
        Assumptions.assumeTrue(
                postgresEnabled(),
                "PostgreSQL tests are off: set " + PG_URL + "=jdbc:postgresql://127.0.0.1:5432/<database> (and "
                        + PG_USER + ", default postgres) to run them");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(System.getenv(PG_URL), pgUser(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            throw new IllegalStateException(
                    PG_URL + " is set but PostgreSQL does not answer at " + System.getenv(PG_URL) + ": "
                            + unreachable.getMessage(),
                    unreachable);
        }
        Map<String, Object> properties = new HashMap<>();
        String url = System.getenv(PG_URL);
        properties.put(
                "datasources.default.url",
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&reWriteBatchedInserts=true");
        properties.put("datasources.default.username", pgUser());
        properties.put("datasources.default.password", "");
        properties.put("flyway.datasources.default.schemas", schema);
        properties.put("limber.test.schema", schema);
        return properties;
    }

    /** Drops the schema a PostgreSQL context used; does nothing for H2. */
    public static void cleanUp(Map<String, Object> properties) {
        Object schema = properties.get("limber.test.schema");
        if (schema == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(System.getenv(PG_URL), pgUser(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }

    private static String pgUser() {
        String user = System.getenv(PG_USER);
        return user == null || user.isBlank() ? "postgres" : user;
    }
}
