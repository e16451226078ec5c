package dev.limber.cli;

import java.util.Map;

/** Db on embedded H2. */
class H2DbTest extends DbContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.h2();
    }
}
