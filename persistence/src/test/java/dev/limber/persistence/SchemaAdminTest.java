package dev.limber.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.port.DatabaseSchema;
import dev.limber.domain.port.SchemaStatus;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What `limber db info|migrate|validate` relies on, on a database the application has not migrated. */
class SchemaAdminTest {

    @Test
    void anEmptyDatabaseShowsPendingMigrationsThenMigratesAndValidates() {
        Map<String, Object> properties = new HashMap<>(TestDatabases.h2());
        properties.put("flyway.datasources.default.enabled", "false");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            DatabaseSchema schema = context.getBean(DatabaseSchema.class);
            SchemaStatus before = schema.status();
            assertNull(before.current());
            assertEquals(MigrationContract.LATEST_COUNT, before.pending(), before.toString());
            assertTrue(before.database().startsWith("H2"), before.database());
            // As --db takes it back: the user's own settings, not those Limber adds anyway.
            assertTrue(before.database().endsWith(";DB_CLOSE_DELAY=-1"), before.database());
            assertTrue(!before.database().contains("MODE="), "Limber's own settings left out: " + before.database());

            SchemaStatus after = schema.migrate();
            assertEquals(MigrationContract.LATEST, after.current());
            assertEquals(0, after.pending());
            assertTrue(schema.validate().problems().isEmpty());
        }
    }
}
