package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI's faster start leaves out, seen from a user's process (docs/benchmarks.md, "CLI
 * start-up"): Flyway is skipped only for a database this build migrated, a newer one is still
 * opened with Flyway's warning, and warnings reach stderr in the CLI's own format with stdout left
 * to the data.
 */
class StartUpShortcutsTest {
    @TempDir
    Path home;

    @Test
    void anUpToDateDatabaseOpensWithoutFlywayAndANewerOneWithFlywaysWarning() throws Exception {
        LimberProcess migrate = LimberProcess.run(home, Map.of(), "db", "migrate");
        assertEquals(ExitCodes.OK, migrate.status(), migrate.output());

        LimberProcess upToDate = LimberProcess.run(home, Map.of(), "-v", "card", "quick-leg-day-warm-up");
        assertEquals(ExitCodes.OK, upToDate.status(), upToDate.output());
        assertTrue(upToDate.out().startsWith("QUICK 5-MINUTE WARM-UP FOR LEG DAY"), upToDate.out());
        assertTrue(upToDate.err().contains("matches this build's migrations"), upToDate.err());

        try (Connection connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + home.resolve("limber") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "sa",
                        "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (100, '99',"
                    + " 'from a newer build', 'SQL', 'V99__from_a_newer_build.sql', 1, 'sa', 1, TRUE)");
        }
        LimberProcess newer = LimberProcess.run(home, Map.of(), "-v", "card", "quick-leg-day-warm-up");
        assertEquals(ExitCodes.OK, newer.status(), newer.output());
        assertTrue(newer.out().startsWith("QUICK 5-MINUTE WARM-UP FOR LEG DAY"), newer.out());
        assertFalse(newer.err().contains("matches this build's migrations"), newer.err());
        assertTrue(
                newer.err()
                        .contains("WARN  o.f.c.i.c.DbMigrate - Schema \"public\" has a version (99) that is newer"
                                + " than the latest available migration ("),
                newer.err());
        assertFalse(newer.out().contains("WARN"), "stdout carries the card only: " + newer.out());
    }
}
