package dev.limber.cli;

import java.util.Map;

/** Replacing stored exercises through the CLI, on embedded H2. */
class H2ReplaceTest extends ReplaceContract {
    @Override
    Map<String, Object> database() {
        return dev.limber.persistence.TestDatabases.h2();
    }
}
