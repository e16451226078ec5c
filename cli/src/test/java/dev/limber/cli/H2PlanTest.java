package dev.limber.cli;

import java.util.Map;

/** Plan on H2. */
class H2PlanTest extends PlanContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.h2();
    }
}
