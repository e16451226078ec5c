package dev.limber.cli;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.database.DbCommand;
import dev.limber.cli.delete.DeleteCommand;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.export.ExportCommand;
import dev.limber.cli.imports.ImportCommand;
import dev.limber.cli.plan.PlanCommand;
import dev.limber.cli.ramp.RampCommand;
import dev.limber.cli.routine.CardCommand;
import dev.limber.cli.routine.DeskBreaksCommand;
import dev.limber.cli.routine.TimelineCommand;
import dev.limber.cli.routine.WarmUpCommand;
import dev.limber.cli.validate.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code limber} admin command: imports, validates, exports and prints Limber data. */
@Command(
        name = "limber",
        mixinStandardHelpOptions = true,
        versionProvider = LimberVersion.class,
        description = "Limber's admin command line: import, validate, export and print workout data.",
        subcommands = {
            ImportCommand.class,
            ExportCommand.class,
            ValidateCommand.class,
            CardCommand.class,
            TimelineCommand.class,
            WarmUpCommand.class,
            RampCommand.class,
            PlanCommand.class,
            DeskBreaksCommand.class,
            DbCommand.class,
            DeleteCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:validation findings at the failing level",
            "2:bad command line",
            "3:input that cannot be read or is invalid (nothing was written)",
            "4:database unavailable",
            "5:refused: deleting an exercise that programs use"
        })
public final class Limber implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** --db, --db-user, --db-password and -v: global, before or after the command name. */
    @CommandLine.Mixin(name = DatabaseOptions.MIXIN_NAME)
    DatabaseOptions database;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. limber import FILE");
    }

    /** The command line as tests and {@link #main} run it. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Limber());
        ExitCodes.install(commandLine);
        return commandLine;
    }

    public static void main(String[] args) {
        // SLF4J notes on stderr that it replayed a log call made while logback started: noise
        // for a command-line user, and nothing is lost (the call is replayed).
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(commandLine().execute(args));
    }
}
