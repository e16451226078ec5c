package dev.limber.cli;

import java.util.Map;

/** Delete on embedded H2. */
class H2DeleteTest extends DeleteContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.h2();
    }
}
