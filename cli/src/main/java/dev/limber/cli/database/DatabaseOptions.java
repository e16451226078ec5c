package dev.limber.cli.database;

import dev.limber.cli.exit.SettingsException;
import dev.limber.cli.wiring.OpenStore;
import dev.limber.cli.wiring.StoreWhenNeeded;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.StoreUnavailableException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Where the data lives, shared by every command that needs the database: the same embedded H2
 * file database the service uses by default, or {@code DATASOURCES_DEFAULT_URL}, or --db. These
 * are global options: mixed into {@code limber} itself and inherited by every subcommand
 * ({@link ScopeType#INHERIT}), so they go before or after the command name
 * ({@code limber --db URL import FILE} and {@code limber import FILE --db URL} alike); a value
 * given anywhere lands in the one instance the root holds, which {@link #of} finds.
 */
public final class DatabaseOptions {
    /** The name {@code limber} mixes these options in under, and {@link #of} finds them by. */
    public static final String MIXIN_NAME = "database";

    @Option(
            names = "--db",
            scope = ScopeType.INHERIT,
            paramLabel = "URL",
            description = "JDBC URL of the database (default: DATASOURCES_DEFAULT_URL, else"
                    + " datasources.default.url in $LIMBER_HOME/limber.yml, else the embedded database under"
                    + " $LIMBER_HOME)")
    String url;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "NAME", description = "Database user")
    String user;

    @Option(
            names = "--db-password",
            scope = ScopeType.INHERIT,
            paramLabel = "SECRET",
            description = "Database password",
            arity = "0..1",
            interactive = true)
    String password;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Log what happens, and show stack traces on failure")
    boolean verbose;

    /** The global options of the command line this command belongs to. */
    public static DatabaseOptions of(CommandLine.Model.CommandSpec spec) {
        CommandLine.Model.CommandSpec mixin = spec.root().mixins().get(MIXIN_NAME);
        if (mixin == null || !(mixin.userObject() instanceof DatabaseOptions options)) {
            throw new IllegalStateException("the root command has no " + MIXIN_NAME + " options");
        }
        return options;
    }

    /**
     * Starts the application context the persistence adapter runs in: migrations run and the
     * built-in catalog is loaded into an empty database, as when the service starts.
     */
    public OpenStore open() {
        return new OpenStore(start(Map.of(), true));
    }

    /**
     * The database of a command that needs it only for what a document does not hold: opened
     * (as by {@link #open}) the first time the command asks, and then with a line on {@code err}
     * naming the exercises that made it open.
     */
    public StoreWhenNeeded openWhenNeeded(PrintWriter err) {
        return new StoreWhenNeeded(this::open, ids -> {
            List<String> names = ids.stream().map(ExerciseId::value).distinct().toList();
            err.println("limber: " + String.join(", ", names) + (names.size() == 1 ? " is" : " are")
                    + " neither in the document nor built in; looking in the database");
            err.flush();
        });
    }

    /**
     * Starts the context with the start-up migration switched off and no seeding, for
     * {@code limber db}: {@code info} then shows what is pending, and {@code migrate} is the one
     * that applies it.
     */
    public OpenStore openWithoutMigration() {
        return new OpenStore(start(Map.of("flyway.datasources.default.enabled", "false"), false));
    }

    private ApplicationContext start(Map<String, Object> extra, boolean seed) {
        Map<String, Object> properties = new HashMap<>(extra);
        // Open the first connection on the store's preparation (as the service does), not while
        // the context starts: a failure there is told with its cause and remedy (a locked file).
        properties.put("datasources.default.initialization-fail-timeout", -1);
        if (url != null) {
            properties.put("datasources.default.url", url);
        }
        if (user != null) {
            properties.put("datasources.default.username", user);
        }
        if (password != null) {
            properties.put("datasources.default.password", password);
        }
        if (verbose) {
            properties.put("logger.levels.dev.limber", "DEBUG");
        }
        try {
            ApplicationContext context = ApplicationContext.builder()
                    .properties(properties)
                    .deduceEnvironment(false)
                    .banner(false)
                    .build();
            if (seed) {
                OpenStore.seedAnEmptyStoreAtStart(context);
            }
            return context.start();
        } catch (ConfigurationException badSettings) {
            // The user's settings (limber.yml, MICRONAUT_CONFIG_FILES, a malformed value): their
            // own message names the file and place.
            throw new SettingsException(
                    badSettings.getMessage().lines().findFirst().orElse("invalid settings"));
        } catch (RuntimeException failure) {
            // Only the persistence adapter starts here, so a failed start is a database that
            // cannot be opened or migrated.
            throw new StoreUnavailableException(
                    "cannot open the database " + describe() + ": " + rootMessage(failure), failure);
        }
    }

    private String describe() {
        return url != null ? url : "(default: DATASOURCES_DEFAULT_URL, limber.yml or the embedded database)";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null
                ? root.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }

    public boolean verbose() {
        return verbose;
    }
}
