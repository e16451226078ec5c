package dev.limber.persistence;

import java.util.Map;

/** Column sizes against the model's limits on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresColumnLimitsTest extends ColumnLimitsContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.postgres();
    }
}
