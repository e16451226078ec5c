package dev.limber.cli;

import java.util.Map;

/** Import on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresImportTest extends ImportContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.postgres();
    }
}
