package dev.limber.api.start;

import io.micronaut.context.exceptions.ConfigurationException;
import java.io.PrintStream;
import java.net.BindException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the service says on its command line before and instead of starting: {@code --help} and
 * {@code --version} answer and end (status 0) rather than start a server, and a port that another
 * process holds is told in one line naming the port and the setting that moves it (status
 * {@value #PORT_IN_USE}), not as a stack trace. Every other argument is Micronaut's
 * ({@code --micronaut.server.port=8081}).
 */
public final class ServiceCommandLine {
    /** Exit status when the HTTP port is taken. */
    public static final int PORT_IN_USE = 3;
    /** Exit status when a settings file cannot be used (limber.yml, MICRONAUT_CONFIG_FILES). */
    public static final int BAD_SETTINGS = 2;
    /** Exit status for any other failure to start (as Micronaut and a store that cannot start use). */
    public static final int START_FAILED = 1;

    /** Micronaut's words for a setting whose value is not of the setting's type. */
    private static final Pattern UNCONVERTIBLE = Pattern.compile(
            "Error resolving property value \\[([^\\]]+)\\]\\. Unable to convert value \\[([^\\]]*)\\] to target type \\[([^\\]]+)\\]");

    private static final Pattern PORT = Pattern.compile(":(\\d+)\\s*$");

    private ServiceCommandLine() {}

    /** Answers {@code --help}/{@code -h} or {@code --version}/{@code -V}; empty when the service should start. */
    public static Optional<Integer> answer(String[] args, PrintStream out) {
        List<String> given = List.of(args);
        if (given.contains("--help") || given.contains("-h")) {
            out.print(help());
            out.flush();
            return Optional.of(0);
        }
        if (given.contains("--version") || given.contains("-V")) {
            out.println("limber-service " + version());
            out.println("Java " + System.getProperty("java.version"));
            out.flush();
            return Optional.of(0);
        }
        return Optional.empty();
    }

    /**
     * The one line for a port already in use, when that is why the server did not start
     * ({@code java.net.BindException} among the causes); empty for any other failure.
     */
    public static Optional<String> portInUse(Throwable failure) {
        String port = "the configured port";
        boolean bind = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                bind = true;
            }
            Matcher named = PORT.matcher(String.valueOf(cause.getMessage()));
            if (named.find() && port.startsWith("the")) {
                port = "port " + named.group(1);
            }
        }
        if (!bind) {
            return Optional.empty();
        }
        return Optional.of("limber-service: cannot listen: " + port + " is in use by another process."
                + " Stop that process, or set MICRONAUT_SERVER_PORT (or --micronaut.server.port=N) to a free port.");
    }

    /**
     * The one line to print when the service could not start because of its settings: a
     * configuration file that is not valid YAML (its message names the file and place) or a value
     * of the wrong kind; empty for any other failure.
     */
    public static Optional<String> badSettings(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            Matcher unconvertible = UNCONVERTIBLE.matcher(message);
            if (unconvertible.find()) {
                return Optional.of("limber-service: bad settings: " + unconvertible.group(1) + " cannot be '"
                        + unconvertible.group(2) + "' (it takes " + unconvertible.group(3) + ")");
            }
            if (cause instanceof ConfigurationException) {
                return Optional.of("limber-service: bad settings: "
                        + message.lines().findFirst().orElse("").strip());
            }
        }
        return Optional.empty();
    }

    private static String version() {
        String version = ServiceCommandLine.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    private static String help() {
        return """
                Usage: java -jar limber-api.jar [--help] [--version] [--NAME=VALUE...]
                Limber's HTTP service: exercises, programs, findings, timelines, warm-ups, routine cards
                and desk breaks over HTTP (docs/http-api.md). It runs until stopped.

                Settings (environment variable, or --name=value as an argument):
                  MICRONAUT_SERVER_PORT         port to listen on (default 8080)
                  LIMBER_HOME                   data folder: the embedded database (default ~/.limber)
                  DATASOURCES_DEFAULT_URL       JDBC URL (default: the embedded H2 database under LIMBER_HOME)
                  DATASOURCES_DEFAULT_USERNAME  database user
                  DATASOURCES_DEFAULT_PASSWORD  database password
                  LIMBER_ADMIN_TOKEN            token for writes (default: generated and logged at start)
                  MICRONAUT_CONFIG_FILES        further configuration files (YAML or properties)

                Settings file: $LIMBER_HOME/limber.yml (default ~/.limber/limber.yml), when present, with
                the keys of application.yml (datasources.default.url, micronaut.server.port, ...);
                the environment variables and --name=value arguments above override it.

                Options:
                  -h, --help                    show this help and exit
                  -V, --version                 print the version and exit

                Exit codes:
                  0  stopped, or --help/--version answered
                  1  could not start: the database could not be prepared, or another failure (logged)
                  2  bad settings: a configuration file that is not valid YAML, or a value of the wrong kind
                  3  the port is in use by another process

                More: docs/operations.md
                """;
    }
}
