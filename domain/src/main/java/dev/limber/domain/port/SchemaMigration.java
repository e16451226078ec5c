package dev.limber.domain.port;

import dev.limber.domain.guard.Checks;
import java.time.Instant;

/**
 * One migration of a store's schema.
 *
 * @param version     its version, e.g. {@code 2}
 * @param description what it does
 * @param state       where it stands
 * @param installedOn when it was applied, or {@code null}
 */
public record SchemaMigration(String version, String description, MigrationState state, Instant installedOn) {
    public SchemaMigration {
        Checks.required("version", version);
        Checks.required("description", description);
        Checks.required("state", state);
    }
}
