package dev.limber.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.StoreStartup;
import dev.limber.domain.port.StoreUnavailableException;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.usecase.SeedBuiltInCatalog;
import dev.limber.persistence.migration.AppliedHistory;
import dev.limber.persistence.settings.ConnectionPool;
import dev.limber.persistence.startup.StoreReadiness;
import dev.limber.persistence.transaction.Jdbc;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Flyway on each database: migrate at start (in the background, with store calls waiting for
 * it and for the application's start-up steps), idempotently, and refuse edited history.
 */
abstract class MigrationContract {
    static final String LATEST = "10";
    static final int LATEST_COUNT = 9;
    private Map<String, Object> database;

    abstract Map<String, Object> database();

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            TestDatabases.cleanUp(database);
        }
    }

    private ApplicationContext start() {
        return ApplicationContext.run(new HashMap<>(database));
    }

    private static List<String> history(ApplicationContext context) {
        return context.getBean(Jdbc.class).read(connection -> {
            List<String> rows = new java.util.ArrayList<>();
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT version, checksum, success FROM flyway_schema_history"
                            + " ORDER BY installed_rank")) {
                while (result.next()) {
                    if (result.getString(1) == null) {
                        continue; // Flyway's own "schema created" marker, not a migration
                    }
                    rows.add(result.getString(1) + "/" + result.getString(2) + "/" + result.getBoolean(3));
                }
            }
            return rows;
        });
    }

    @Test
    void anEmptyDatabaseMigratesToTheLatestVersionAndAgainChangesNothing() {
        database = database();
        List<String> first;
        try (ApplicationContext context = start()) {
            first = history(context);
        }
        assertTrue(first.get(first.size() - 1).startsWith(LATEST + "/"), first.toString());
        assertTrue(first.stream().allMatch(row -> row.endsWith("/true")), first.toString());
        try (ApplicationContext again = start()) {
            assertEquals(first, history(again), "a second start applies nothing");
        }
    }

    @Test
    void aChangedAppliedMigrationFailsEveryStoreCallWithAClearMessage() {
        database = database();
        try (ApplicationContext context = start()) {
            context.getBean(Jdbc.class).write(connection -> {
                try (var statement = connection.createStatement()) {
                    return statement.executeUpdate(
                            "UPDATE flyway_schema_history SET checksum = checksum + 1" + " WHERE version = '1'");
                }
            });
        }
        // The migration runs beside the rest of the start, so the context starts; the store
        // then refuses to work on a database whose history was edited.
        try (ApplicationContext context = start()) {
            StoreUnavailableException refused = assertThrows(
                    StoreUnavailableException.class,
                    () -> context.getBean(Exercises.class).find(new ExerciseId("leg-swings")));
            String message = refused.getMessage().toLowerCase(java.util.Locale.ROOT);
            assertTrue(
                    message.startsWith("the database could not be prepared at start")
                            && message.contains("checksum mismatch"),
                    message);
            assertFalse(context.getBean(StoreReadiness.class).isReady());
            // The application learns it through the port, with where the database is.
            StoreStartup startup = context.getBean(StoreStartup.class);
            ExecutionException failed = assertThrows(
                    ExecutionException.class,
                    () -> startup.ready().toCompletableFuture().get());
            assertTrue(
                    failed.getCause() instanceof StoreUnavailableException
                            && failed.getCause().getMessage().contains("checksum mismatch"),
                    failed.getCause().toString());
            assertTrue(
                    startup.location().startsWith("jdbc:")
                            && !startup.location().contains("password")
                            && !startup.location().contains(";")
                            && !startup.location().contains("?"),
                    startup.location());
        }
    }

    @Test
    void flywaySettingsReachTheStartUpMigration() {
        database = database();
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("flyway.datasources.default.table", "limber_schema_history");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            int applied = context.getBean(Jdbc.class).read(connection -> {
                try (var statement = connection.createStatement();
                        var result = statement.executeQuery("SELECT count(*) FROM limber_schema_history"
                                + " WHERE success AND version IS NOT NULL")) {
                    result.next();
                    return result.getInt(1);
                }
            });
            assertEquals(LATEST_COUNT, applied, "the history went to the configured table");
        }
    }

    @Test
    void aStoreCallRightAfterStartWaitsForTheMigrationAndTheApplicationsStartUpStep() {
        database = database();
        ApplicationContext context =
                ApplicationContext.builder().properties(new HashMap<>(database)).build();
        // As the service and the CLI do: the seed, handed to the store's start. Its own store
        // calls pass the gate (else it would wait for itself).
        context.registerSingleton(
                StoreStartup.Step.class,
                () -> new SeedBuiltInCatalog(
                                context.getBean(Exercises.class),
                                context.getBean(Programs.class),
                                context.getBean(Transactions.class))
                        .ifEmpty());
        try (ApplicationContext started = context.start()) {
            // No wait here: the call itself must hold until the schema exists and the seed ran.
            assertTrue(started.getBean(Exercises.class)
                    .find(new ExerciseId("leg-swings"))
                    .isPresent());
            assertTrue(started.getBean(StoreStartup.class)
                    .ready()
                    .toCompletableFuture()
                    .isDone());
        }
    }

    @Test
    void aFailingStartUpStepFailsEveryStoreCallAndTheStartItself() {
        database = database();
        ApplicationContext context =
                ApplicationContext.builder().properties(new HashMap<>(database)).build();
        context.registerSingleton(StoreStartup.Step.class, () -> {
            throw new IllegalStateException("the seed broke");
        });
        try (ApplicationContext started = context.start()) {
            StoreUnavailableException refused = assertThrows(
                    StoreUnavailableException.class,
                    () -> started.getBean(Exercises.class).find(new ExerciseId("leg-swings")));
            assertTrue(refused.getMessage().endsWith("the seed broke"), refused.getMessage());
            assertTrue(started.getBean(StoreStartup.class)
                    .ready()
                    .toCompletableFuture()
                    .isCompletedExceptionally());
        }
    }

    @Test
    void anExerciseStoredBeforeVersion3KeepsItsVersionAfterTheUpgrade() {
        database = database();
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("flyway.datasources.default.target", "2");
        try (ApplicationContext before = ApplicationContext.run(properties)) {
            // As the adapter wrote rows before version 3: the version column counted from 1.
            before.getBean(Jdbc.class).write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("INSERT INTO exercise (id, name, name_key, kind, laterality, equipment,"
                            + " source_origin, source_license, version, created_at, updated_at) VALUES ('old-move',"
                            + " 'Old Move', 'old move', 'mobility', 'bilateral', 'none', 'Limber', 'CC0', 4,"
                            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                    return statement.executeUpdate("INSERT INTO exercise_target (exercise_id, role, position, target)"
                            + " VALUES ('old-move', 'P', 0, 'hips')");
                }
            });
        }
        try (ApplicationContext after = start()) {
            Exercises exercises = after.getBean(Exercises.class);
            assertEquals(
                    4,
                    exercises.find(new ExerciseId("old-move")).orElseThrow().version(),
                    "a version a client holds (an ETag) stays valid across the upgrade");
        }
    }

    /** Whether a start would skip Flyway: the history records exactly this build's migrations. */
    private static boolean historyMatchesThisBuild(ApplicationContext context) {
        context.getBean(StoreReadiness.class).await(); // the start's own migration first
        return AppliedHistory.matchesThisBuild(
                ConnectionPool.of(context.getBean(DataSource.class)), context.getEnvironment());
    }

    private static int write(ApplicationContext context, String sql) {
        return context.getBean(Jdbc.class).write(connection -> {
            try (var statement = connection.createStatement()) {
                return statement.executeUpdate(sql);
            }
        });
    }

    @Test
    void aDatabaseMigratedByThisBuildIsToldUpToDateWithoutFlyway() {
        database = database();
        try (ApplicationContext context = start()) {
            // The checksums computed without Flyway are the ones Flyway recorded.
            assertTrue(historyMatchesThisBuild(context), history(context).toString());
        }
        try (ApplicationContext again = start()) {
            assertTrue(again.getBean(Exercises.class).count() >= 0, "the store works after the shortcut");
            assertEquals(LATEST_COUNT, history(again).size(), "nothing applied twice");
        }
    }

    @Test
    void anEditedHistoryIsNotTakenForUpToDate() {
        database = database();
        try (ApplicationContext context = start()) {
            write(context, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
            assertFalse(historyMatchesThisBuild(context), "a changed checksum goes to Flyway, which refuses it");
            write(context, "UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE version = '1'");
            write(context, "UPDATE flyway_schema_history SET description = 'renamed' WHERE version = '3'");
            assertFalse(historyMatchesThisBuild(context), "a changed description goes to Flyway");
            write(
                    context,
                    "UPDATE flyway_schema_history SET description = 'versions count from zero',"
                            + " success = FALSE WHERE version = '3'");
            assertFalse(historyMatchesThisBuild(context), "a failed migration goes to Flyway");
        }
    }

    @Test
    void aNewerDatabaseIsLeftToFlywayWhichStillOpensIt() {
        database = database();
        try (ApplicationContext context = start()) {
            write(
                    context,
                    "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                            + " checksum, installed_by, execution_time, success) VALUES (100, '99', 'from a newer build',"
                            + " 'SQL', 'V99__from_a_newer_build.sql', 1, 'sa', 1, TRUE)");
            assertFalse(historyMatchesThisBuild(context), "a version this build does not carry");
        }
        // As before the shortcut: Flyway warns of the newer schema and the store works on.
        try (ApplicationContext again = start()) {
            assertTrue(again.getBean(Exercises.class)
                    .find(new ExerciseId("no-such-move"))
                    .isEmpty());
            List<String> rows = history(again);
            assertEquals(LATEST_COUNT + 1, rows.size(), rows.toString());
        }
    }

    @Test
    void anOlderDatabaseIsStillMigrated() {
        database = database();
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("flyway.datasources.default.target", "7");
        try (ApplicationContext older = ApplicationContext.run(properties)) {
            assertFalse(historyMatchesThisBuild(older), "versions 8 and later are pending");
        }
        try (ApplicationContext context = start()) {
            List<String> rows = history(context);
            assertTrue(rows.get(rows.size() - 1).startsWith(LATEST + "/"), rows.toString());
            assertTrue(historyMatchesThisBuild(context));
        }
    }
}
