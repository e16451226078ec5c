package dev.limber.domain.usecase;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.DatabaseSchema;
import dev.limber.domain.port.SchemaStatus;

/** Tells an administrator which schema version the store has and whether its migrations are sound. */
public final class InspectSchema {
    private final DatabaseSchema schema;

    public InspectSchema(DatabaseSchema schema) {
        this.schema = Checks.required("schema", schema);
    }

    /** The schema as it is, pending migrations included. */
    public SchemaStatus status() {
        return schema.status();
    }

    /** The schema checked against the migrations this version ships; its problems list each mismatch. */
    public SchemaStatus validate() {
        return schema.validate();
    }
}
