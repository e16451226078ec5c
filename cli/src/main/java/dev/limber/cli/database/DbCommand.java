package dev.limber.cli.database;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code limber db}: the database's schema, for administrators. */
@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        description = "Show, apply and check the database's schema migrations (Flyway).",
        subcommands = {DbInfoCommand.class, DbMigrateCommand.class, DbValidateCommand.class})
public final class DbCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a db command: info, migrate or validate");
    }
}
