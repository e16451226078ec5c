package dev.limber.domain.port;

import java.time.Instant;
import java.util.List;

/**
 * Out-port for administrators: the version of the store's schema, and bringing it up to date.
 * Adapters that keep no schema need not offer it.
 */
public interface DatabaseSchema {

    /** The schema as it is now, pending migrations included. */
    Status status();

    /** Applies every pending migration; returns the schema afterwards. */
    Status migrate();

    /** Checks applied migrations against the ones this version ships; problems list each mismatch. */
    Status validate();

    /**
     * The schema of one database.
     *
     * @param database   which database (product and URL, no credentials)
     * @param current    the version applied last, or {@code null} on an empty database
     * @param migrations every known migration, applied or pending, in order
     * @param problems   what validation found wrong, empty when it is sound
     */
    record Status(String database, String current, List<Migration> migrations, List<String> problems) {
        public Status {
            migrations = List.copyOf(migrations);
            problems = List.copyOf(problems);
        }

        public long pending() {
            return migrations.stream().filter(m -> "pending".equals(m.state())).count();
        }
    }

    /**
     * One migration.
     *
     * @param version     its version, e.g. {@code 2}
     * @param description what it does
     * @param state       {@code applied}, {@code pending}, {@code failed} or another Flyway state, lower case
     * @param installedOn when it was applied, or {@code null}
     */
    record Migration(String version, String description, String state, Instant installedOn) {
    }
}
