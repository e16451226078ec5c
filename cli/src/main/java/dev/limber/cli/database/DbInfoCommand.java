package dev.limber.cli.database;

import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.wiring.OpenStore;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code limber db info}: the database, its schema version and every migration with its state. Changes nothing. */
@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "Show the database, its current schema version and each migration's state; change nothing.")
public final class DbInfoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (OpenStore store = DatabaseOptions.of(spec).openWithoutMigration()) {
            SchemaReport.print(
                    spec.commandLine().getOut(), store.inspectSchema().status());
            return ExitCodes.OK;
        }
    }
}
