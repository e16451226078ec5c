package dev.limber.domain.port;

import dev.limber.domain.guard.Checks;
import java.time.Instant;

/**
 * A value as a store holds it, with the version that guards it against lost updates: an update
 * names the version it read, and a store refuses it when another writer got there first.
 */
public record Stored<T>(T value, long version, Instant updatedAt) {
    public Stored {
        Checks.required("value", value);
        Checks.required("updatedAt", updatedAt);
    }
}
