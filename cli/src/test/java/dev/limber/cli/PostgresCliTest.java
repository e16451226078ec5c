package dev.limber.cli;

import java.util.Map;

/** The CLI on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresCliTest extends CliContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.postgres();
    }
}
