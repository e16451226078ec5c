package dev.limber.cli;

import java.util.Map;

/** Validate on embedded H2. */
class H2ValidateTest extends ValidateContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.h2();
    }
}
