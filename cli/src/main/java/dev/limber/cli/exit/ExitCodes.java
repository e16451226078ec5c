package dev.limber.cli.exit;

import dev.limber.domain.DomainException;
import dev.limber.domain.Quote;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.StoreUnavailableException;
import dev.limber.formats.suggestion.DidYouMean;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The one place that turns failures into exit codes and messages. Users see a one-line message
 * on stderr; the stack trace only with {@code --verbose}.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INVALID_INPUT = 3;
    public static final int DATABASE_UNAVAILABLE = 4;
    /**
     * Refused because of what is stored: an exercise that programs use, a replacement that stored
     * programs would no longer fit (the service's 409).
     */
    public static final int IN_USE = 5;

    public static final int INTERNAL = 70;

    private ExitCodes() {}

    public static void install(CommandLine commandLine) {
        commandLine.setExecutionExceptionHandler(ExitCodes::handle);
        commandLine.setParameterExceptionHandler(ExitCodes::badCommandLine);
    }

    /**
     * A bad command line: the message, picocli's suggestions for a mistyped option or command, and
     * where the options are listed, instead of the whole usage text, which buried the one line
     * that said what was wrong.
     */
    static int badCommandLine(CommandLine.ParameterException refused, String[] args) {
        CommandLine commandLine = refused.getCommandLine();
        PrintWriter err = commandLine.getErr();
        if (verbose(commandLine.getParseResult())) {
            refused.printStackTrace(err);
        }
        err.println(refused.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(refused, err);
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for its options.");
        err.flush();
        return USAGE;
    }

    /** Whether --verbose was given anywhere on the command line. */
    static boolean verbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one line an internal failure prints: that it is Limber's failure, not the input's, the
     * start of its message (cut: it may carry SQL), and where to see more.
     */
    static String internal(Exception failure, boolean verbose) {
        String message = failure.getMessage() == null
                ? ""
                : ": " + Quote.plain(failure.getMessage().lines().findFirst().orElse(""));
        return "limber: internal error, not a problem with the input ("
                + failure.getClass().getSimpleName() + message + ")"
                + (verbose ? "" : "; run again with -v (--verbose) for details");
    }

    private static int handle(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (verbose(parseResult)) {
            failure.printStackTrace(err);
        }
        if (failure instanceof InputException input) {
            input.messages().forEach(err::println);
            err.println(input.summary());
            err.flush();
            return INVALID_INPUT;
        }
        if (failure instanceof StoreRefusalException refused) {
            refused.messages().forEach(err::println);
            err.println("limber: " + refused.summary());
            err.flush();
            return IN_USE;
        }
        if (failure instanceof SettingsException) {
            err.println("limber: " + failure.getMessage());
            err.flush();
            return USAGE;
        }
        if (failure instanceof StoreUnavailableException unavailable) {
            err.println("limber: " + failure.getMessage());
            // The store's own remedy when it knows the cause (a file held by the service); the
            // general one otherwise.
            err.println(unavailable
                    .remedy()
                    .orElse("Check --db (or DATASOURCES_DEFAULT_URL) and that the database is running;"
                            + " `limber db validate` shows whether its migrations are in order."));
            err.flush();
            return DATABASE_UNAVAILABLE;
        }
        if (failure instanceof ConflictException conflict && conflict.reason() == ConflictException.Reason.IN_USE) {
            err.println("limber: " + failure.getMessage() + "; nothing was deleted");
            err.flush();
            return IN_USE;
        }
        if (failure instanceof NotFoundException notFound) {
            err.println("limber: " + DidYouMean.detail(notFound));
            err.flush();
            return INVALID_INPUT;
        }
        if (failure instanceof DomainException) {
            err.println("limber: " + failure.getMessage());
            err.flush();
            return INVALID_INPUT;
        }
        err.println(internal(failure, verbose(parseResult)));
        err.flush();
        return INTERNAL;
    }
}
