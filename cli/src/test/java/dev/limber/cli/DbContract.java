package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import dev.limber.persistence.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code limber db}: what a fresh database has pending, migrating it, and checking it. */
abstract class DbContract extends StoreTest {

    @Test
    void aFreshDatabaseShowsPendingMigrationsUntilMigrated() {
        Map<String, Object> fresh = database();
        try {
            CliRun info = limberOn(fresh, "db", "info");
            assertEquals(ExitCodes.OK, info.exitCode(), info.err());
            assertTrue(info.out().contains("Current version: none"), info.out());
            assertTrue(info.out().matches("(?s).*\\n  1\\s+pending\\s+.*catalog and programs.*"), info.out());
            assertTrue(info.out().contains("9 pending"), info.out());

            CliRun unsound = limberOn(fresh, "db", "validate");
            assertEquals(ExitCodes.FINDINGS, unsound.exitCode(), unsound.out());

            CliRun migrate = limberOn(fresh, "db", "migrate");
            assertEquals(ExitCodes.OK, migrate.exitCode(), migrate.err());
            assertTrue(migrate.out().contains("Applied 9 migrations."), migrate.out());
            assertTrue(migrate.out().contains("Current version: 10"), migrate.out());

            CliRun after = limberOn(fresh, "db", "info");
            assertTrue(after.out().matches("(?s).*\\n  1\\s+success\\s+.*"), after.out());
            assertTrue(after.out().contains("Up to date."), after.out());

            CliRun sound = limberOn(fresh, "db", "validate");
            assertEquals(ExitCodes.OK, sound.exitCode(), sound.out());
            assertTrue(sound.out().contains("The schema is sound: version 10."), sound.out());

            CliRun again = limberOn(fresh, "db", "migrate");
            assertTrue(again.out().contains("Nothing to migrate."), again.out());
        } finally {
            TestDatabases.cleanUp(fresh);
        }
    }

    @Test
    void theTestDatabaseIsUpToDateAndKeepsItsData() {
        long before = exercises();
        CliRun info = limber("db", "info");
        assertEquals(ExitCodes.OK, info.exitCode(), info.err());
        assertTrue(info.out().contains("Up to date."), info.out());
        assertEquals(before, exercises());
    }

    @Test
    void dbAloneAsksForASubcommand() {
        CliRun run = CliRun.of("db");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("info, migrate or validate"), run.err());
    }
}
