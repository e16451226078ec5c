package dev.limber.cli.database;

import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.wiring.OpenStore;
import dev.limber.domain.port.SchemaStatus;
import dev.limber.domain.usecase.MigrateSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code limber db migrate}: applies every pending migration. */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Apply every pending schema migration (forward only).")
public final class DbMigrateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (OpenStore store = DatabaseOptions.of(spec).openWithoutMigration()) {
            MigrateSchema.Result result = store.migrateSchema().migrate();
            long pending = result.before().pending();
            SchemaStatus after = result.after();
            PrintWriter out = spec.commandLine().getOut();
            out.println(
                    pending == 0
                            ? "Nothing to migrate."
                            : "Applied " + pending + " migration" + (pending == 1 ? "" : "s") + ".");
            SchemaReport.print(out, after);
            return ExitCodes.OK;
        }
    }
}
