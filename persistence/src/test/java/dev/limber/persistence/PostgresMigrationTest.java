package dev.limber.persistence;

import java.util.Map;

/** Migrations on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresMigrationTest extends MigrationContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.postgres();
    }
}
