package dev.limber.cli;

import java.util.Map;

/** Routine on embedded H2. */
class H2RoutineTest extends RoutineContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.h2();
    }
}
