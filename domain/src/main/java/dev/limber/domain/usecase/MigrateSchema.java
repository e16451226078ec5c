package dev.limber.domain.usecase;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.DatabaseSchema;
import dev.limber.domain.port.SchemaStatus;

/** Brings the store's schema up to this version, as an administrator asks before a release. */
public final class MigrateSchema {
    private final DatabaseSchema schema;

    public MigrateSchema(DatabaseSchema schema) {
        this.schema = Checks.required("schema", schema);
    }

    /** Applies every pending migration; returns the schema before and after. */
    public Result migrate() {
        SchemaStatus before = schema.status();
        return new Result(before, schema.migrate());
    }

    /** The schema before and after a migration. */
    public record Result(SchemaStatus before, SchemaStatus after) {}
}
