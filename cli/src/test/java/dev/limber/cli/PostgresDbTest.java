package dev.limber.cli;

import java.util.Map;

/** Db on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresDbTest extends DbContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.postgres();
    }
}
