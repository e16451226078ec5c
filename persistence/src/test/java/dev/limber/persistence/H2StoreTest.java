package dev.limber.persistence;

import java.util.Map;

/** The store contract on embedded H2 in PostgreSQL mode: the laptop default. */
class H2StoreTest extends DatabaseStoreContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.h2();
    }
}
