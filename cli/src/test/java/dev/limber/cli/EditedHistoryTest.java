package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database is migrated in the background while a command starts; when that fails, the
 * command that needs the data says why, with the database exit code and no stack trace.
 */
class EditedHistoryTest {

    @Test
    void aDatabaseWhoseMigrationWasEditedFailsTheCommandWithTheChecksumMismatch(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("limber")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        assertEquals(ExitCodes.OK, CliRun.of("db", "migrate", "--db=" + url).exitCode());
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        }

        CliRun run = CliRun.of("export", "--exercises", "--db=" + url);

        assertEquals(ExitCodes.DATABASE_UNAVAILABLE, run.exitCode(), run.err());
        assertTrue(
                run.err().contains("limber: the database could not be prepared at start")
                        && run.err().contains("checksum mismatch for migration version 1"),
                run.err());
        assertTrue(run.err().contains("limber db validate"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose: " + run.err());
        assertTrue(run.out().isEmpty(), "nothing exported: " + run.out());
    }
}
