package dev.limber.cli.delete;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code limber delete exercise|program ID...}: removes what was imported, all or nothing. */
@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description = "Delete stored exercises or programs by id, all or nothing.",
        subcommands = {DeleteExercisesCommand.class, DeleteProgramsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:deleted",
            "2:bad command line",
            "3:an unknown or malformed id (nothing was deleted)",
            "4:database unavailable",
            "5:an exercise that programs use (nothing was deleted)"
        })
public final class DeleteCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to delete: exercise or program");
    }
}
