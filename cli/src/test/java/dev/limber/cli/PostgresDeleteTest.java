package dev.limber.cli;

import java.util.Map;

/** Delete on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresDeleteTest extends DeleteContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.postgres();
    }
}
