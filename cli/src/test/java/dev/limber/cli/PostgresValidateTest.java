package dev.limber.cli;

import java.util.Map;

/** Validate on PostgreSQL (switched on by LIMBER_TEST_PG_URL). */
class PostgresValidateTest extends ValidateContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.postgres();
    }
}
