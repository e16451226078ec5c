package dev.limber.cli.delete;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.wiring.OpenStore;
import dev.limber.domain.usecase.DeleteFromCatalog;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** What both {@code delete} commands do: one use case call, and a line saying what went. */
final class Deletion {
    private Deletion() {}

    static int run(CommandLine.Model.CommandSpec spec, DeleteFromCatalog.What what, List<String> ids) {
        DeleteFromCatalog.Command command = new DeleteFromCatalog.Command(what, ids);
        try (OpenStore store = DatabaseOptions.of(spec).open()) {
            List<String> deleted = store.useCases().deleteFromCatalog().delete(command);
            String kind = what == DeleteFromCatalog.What.EXERCISES ? "exercise" : "program";
            PrintWriter out = spec.commandLine().getOut();
            out.println("Deleted " + deleted.size() + " " + kind + (deleted.size() == 1 ? "" : "s") + ": "
                    + String.join(", ", deleted) + ".");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
