package dev.limber.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** One run of the {@code limber} command with its output captured, as a test sees it. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Limber.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The --db options that point a command at a test database. */
    static List<String> databaseOptions(Map<String, Object> database) {
        List<String> options = new ArrayList<>();
        options.add("--db=" + database.get("datasources.default.url"));
        options.add("--db-user=" + database.get("datasources.default.username"));
        return options;
    }
}
