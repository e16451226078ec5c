package dev.limber.cli;

import java.util.Map;

/** Replacing stored exercises through the CLI, on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresReplaceTest extends ReplaceContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.postgres();
    }
}
