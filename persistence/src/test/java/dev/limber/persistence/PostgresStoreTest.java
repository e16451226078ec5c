package dev.limber.persistence;

import java.util.Map;

/** The store contract on PostgreSQL: production. Switched on by LIMBER_TEST_PG_URL (CI does). */
class PostgresStoreTest extends DatabaseStoreContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.postgres();
    }
}
