package dev.limber.domain.port;

import dev.limber.domain.guard.Checks;
import java.util.List;

/**
 * The schema of one database.
 *
 * @param database   which database (product and URL, no credentials)
 * @param current    the version applied last, or {@code null} on an empty database
 * @param migrations every known migration, applied or pending, in order
 * @param problems   what validation found wrong, empty when it is sound
 */
public record SchemaStatus(String database, String current, List<SchemaMigration> migrations, List<String> problems) {
    public SchemaStatus {
        Checks.required("database", database);
        migrations = Checks.list("migrations", migrations);
        problems = Checks.list("problems", problems);
    }

    public long pending() {
        return migrations.stream()
                .filter(m -> m.state() == MigrationState.PENDING)
                .count();
    }
}
