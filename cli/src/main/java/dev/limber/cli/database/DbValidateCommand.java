package dev.limber.cli.database;

import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.wiring.OpenStore;
import dev.limber.domain.port.SchemaStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code limber db validate}: the applied migrations match the ones this version ships. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check the applied migrations against the ones this version ships (exit 1 on a mismatch"
                + " or a pending migration).")
public final class DbValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (OpenStore store = DatabaseOptions.of(spec).openWithoutMigration()) {
            SchemaStatus status = store.inspectSchema().validate();
            PrintWriter out = spec.commandLine().getOut();
            status.problems().forEach(problem -> out.println("problem: " + problem));
            out.println(
                    status.problems().isEmpty()
                            ? "The schema is sound: version " + status.current() + "."
                            : status.problems().size() + " problem(s) found.");
            out.flush();
            return status.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }
}
