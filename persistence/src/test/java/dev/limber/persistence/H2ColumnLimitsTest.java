package dev.limber.persistence;

import java.util.Map;

/** Column sizes against the model's limits on embedded H2. */
class H2ColumnLimitsTest extends ColumnLimitsContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.h2();
    }
}
