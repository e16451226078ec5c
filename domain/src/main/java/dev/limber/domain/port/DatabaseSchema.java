package dev.limber.domain.port;

/**
 * Out-port for administrators: the version of the store's schema, and bringing it up to date.
 * Adapters that keep no schema need not offer it.
 */
public interface DatabaseSchema {

    /** The schema as it is now, pending migrations included. */
    SchemaStatus status();

    /** Applies every pending migration; returns the schema afterwards. */
    SchemaStatus migrate();

    /** Checks applied migrations against the ones this version ships; problems list each mismatch. */
    SchemaStatus validate();
}
