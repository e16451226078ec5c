package dev.limber.cli;

import java.util.Map;

/** Routine on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresRoutineTest extends RoutineContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.postgres();
    }
}
