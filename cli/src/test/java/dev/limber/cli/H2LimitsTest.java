package dev.limber.cli;

import java.util.Map;

/** Input limits on embedded H2. */
class H2LimitsTest extends LimitsContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.h2();
    }
}
