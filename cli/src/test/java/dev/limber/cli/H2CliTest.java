package dev.limber.cli;

import java.util.Map;

/** The CLI on embedded H2. */
class H2CliTest extends CliContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.h2();
    }
}
