package dev.limber.cli;

import java.util.Map;

/** Plan on Postgres. */
class PostgresPlanTest extends PlanContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.postgres();
    }
}
