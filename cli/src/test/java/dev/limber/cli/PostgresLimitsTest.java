package dev.limber.cli;

import java.util.Map;

/** Input limits on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresLimitsTest extends LimitsContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.postgres();
    }
}
