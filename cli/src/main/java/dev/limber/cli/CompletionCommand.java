package dev.limber.cli;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.delete.StoredIds;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.wiring.OpenStore;
import dev.limber.domain.port.StoreUnavailableException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code limber completion}: the bash (and zsh, through bashcompinit) completion script picocli
 * generates from the commands themselves, so it never falls behind them.
 */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Print a bash completion script for limber.",
            "Load it now: source <(limber completion); or save it: limber completion > /etc/bash_completion.d/limber"
        })
public final class CompletionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String script;
        // The ids `limber delete` completes are those stored now: the script holds them as they
        // are (run it again after an import). Without a database it completes the rest.
        try (OpenStore store = DatabaseOptions.of(spec).open()) {
            script = StoredIds.whileListed(store.useCases(), this::script);
        } catch (StoreUnavailableException unavailable) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("limber: the script completes no stored ids: " + unavailable.getMessage());
            err.flush();
            script = script();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(script);
        out.flush();
        return ExitCodes.OK;
    }

    private String script() {
        return AutoComplete.bash("limber", spec.root().commandLine());
    }
}
