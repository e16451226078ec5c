package dev.limber.cli.database;

import dev.limber.cli.wiring.OpenStore;
import dev.limber.domain.port.StoreUnavailableException;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the data lives, shared by every command that needs the database: the same embedded H2
 * file database the service uses by default, or {@code DATASOURCES_DEFAULT_URL}, or --db.
 */
public final class DatabaseOptions {
    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "JDBC URL of the database (default: the embedded database under $LIMBER_HOME,"
                    + " or DATASOURCES_DEFAULT_URL)")
    String url;

    @Option(names = "--db-user", paramLabel = "NAME", description = "Database user")
    String user;

    @Option(
            names = "--db-password",
            paramLabel = "SECRET",
            description = "Database password",
            arity = "0..1",
            interactive = true)
    String password;

    @Option(
            names = {"-v", "--verbose"},
            description = "Log what happens, and show stack traces on failure")
    boolean verbose;

    /**
     * Starts the application context the persistence adapter runs in: migrations run and the
     * built-in catalog is loaded into an empty database, as when the service starts.
     */
    public OpenStore open() {
        return new OpenStore(start(Map.of(), true));
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
        } catch (RuntimeException failure) {
            // Only the persistence adapter starts here, so a failed start is a database that
            // cannot be opened or migrated.
            throw new StoreUnavailableException(
                    "cannot open the database " + describe() + ": " + rootMessage(failure), failure);
        }
    }

    private String describe() {
        return url != null ? url : "(default: DATASOURCES_DEFAULT_URL or the embedded database)";
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
