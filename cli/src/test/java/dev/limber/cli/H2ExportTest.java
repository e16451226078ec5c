package dev.limber.cli;

import java.util.Map;

/** Export on embedded H2. */
class H2ExportTest extends ExportContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.h2();
    }
}
