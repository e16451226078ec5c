package dev.limber.cli;

import java.util.Map;

/** Export on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresExportTest extends ExportContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.postgres();
    }
}
