package dev.limber.api.rampup;

import dev.limber.api.support.Http;
import dev.limber.persistence.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** Ramp-ups over the catalog stored in PostgreSQL (skipped unless LIMBER_TEST_PG_URL is set). */
@MicronautTest
class RampUpEndpointPostgresTest extends RampUpEndpointTest {
    private Map<String, Object> database;

    @Override
    public Map<String, String> getProperties() {
        database = TestDatabases.postgres();
        return Http.properties(database);
    }

    @AfterAll
    void dropSchema() {
        if (database != null) {
            TestDatabases.cleanUp(database);
        }
    }
}
