package dev.limber.persistence;

import java.util.Map;

/** Migrations on embedded H2. */
class H2MigrationTest extends MigrationContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.h2();
    }
}
