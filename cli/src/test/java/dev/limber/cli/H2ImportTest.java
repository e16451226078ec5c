package dev.limber.cli;

import java.util.Map;

/** Import on embedded H2. */
class H2ImportTest extends ImportContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.h2();
    }
}
