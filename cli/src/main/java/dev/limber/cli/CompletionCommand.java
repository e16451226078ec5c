package dev.limber.cli;

import dev.limber.cli.exit.ExitCodes;
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
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("limber", spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
