package dev.limber.cli.database;

import dev.limber.domain.port.SchemaMigration;
import dev.limber.domain.port.SchemaStatus;
import java.io.PrintWriter;

/** Prints a schema status the way {@code limber db} shows it. */
final class SchemaReport {
    private SchemaReport() {}

    static void print(PrintWriter out, SchemaStatus status) {
        out.println("Database:        " + status.database());
        out.println(
                "Current version: " + (status.current() == null ? "none (no migration applied)" : status.current()));
        out.println("Migrations:");
        int width = status.migrations().stream()
                .mapToInt(m -> m.version().length())
                .max()
                .orElse(1);
        for (SchemaMigration migration : status.migrations()) {
            out.printf(
                    "  %-" + width + "s  %-8s  %-20s  %s%n",
                    migration.version(),
                    migration.state().externalName(),
                    migration.installedOn() == null
                            ? ""
                            : migration.installedOn().toString(),
                    migration.description());
        }
        out.println(
                status.pending() == 0 ? "Up to date." : status.pending() + " pending: limber db migrate applies them.");
        out.flush();
    }
}
