package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The URL {@code limber db info} prints works when passed back to {@code --db}; the short form of
 * an embedded H2 URL opens the database the full one made, also while another process (the
 * service) has it open; and a database that cannot be opened says why.
 */
class H2FileUrlTest {
    /** The settings the service's default URL opens its database with. */
    private static final String SERVICE_SETTINGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0";

    @TempDir
    Path folder;

    private String shortUrl() {
        return "jdbc:h2:file:" + folder.resolve("limber");
    }

    @Test
    void theUrlDbInfoPrintsOpensTheSameDatabaseWhenPassedBack() {
        assertEquals(
                ExitCodes.OK,
                CliRun.of("db", "migrate", "--db=" + shortUrl() + SERVICE_SETTINGS)
                        .exitCode());

        CliRun info = CliRun.of("db", "info", "--db=" + shortUrl() + SERVICE_SETTINGS);
        assertEquals(ExitCodes.OK, info.exitCode(), info.err());
        String printed = info.out()
                .lines()
                .filter(line -> line.startsWith("Database:"))
                .findFirst()
                .orElseThrow()
                .replaceFirst(".* at ", "");
        assertEquals(shortUrl(), printed, "the settings Limber adds anyway are left out: " + info.out());

        CliRun again = CliRun.of("db", "info", "--db", printed);
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("Current version: 10"), again.out());
        assertTrue(again.out().contains("Up to date."), again.out());
    }

    @Test
    void settingsOfTheUsersOwnArePrintedSoThatTheyCanBePassedBack() {
        CliRun info = CliRun.of("db", "info", "--db=" + shortUrl() + ";TRACE_LEVEL_FILE=0");

        assertEquals(ExitCodes.OK, info.exitCode(), info.err());
        assertTrue(info.out().contains(" at " + shortUrl() + ";TRACE_LEVEL_FILE=0\n"), info.out());
    }

    @Test
    void whileTheServiceHoldsTheFileTheShortUrlOpensItThroughTheAutoServer() throws Exception {
        assertEquals(
                ExitCodes.OK, CliRun.of("db", "migrate", "--db=" + shortUrl()).exitCode());
        Process holder = hold(shortUrl() + SERVICE_SETTINGS);
        try {
            CliRun export = CliRun.of("export", "--exercises", "--db", shortUrl());

            assertEquals(ExitCodes.OK, export.exitCode(), export.err());
            assertTrue(export.out().contains("id: plank"), export.out());
        } finally {
            release(holder);
        }
    }

    @Test
    void aFileHeldWithoutAutoServerNamesTheProcessHoldingItAndTheSetting() throws Exception {
        assertEquals(
                ExitCodes.OK, CliRun.of("db", "migrate", "--db=" + shortUrl()).exitCode());
        Process holder = hold(shortUrl() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE");
        try {
            CliRun info = CliRun.of("db", "info", "--db", shortUrl());

            assertEquals(ExitCodes.DATABASE_UNAVAILABLE, info.exitCode(), info.err());
            assertTrue(info.err().contains("holds the database file"), info.err());
            assertTrue(info.err().contains("AUTO_SERVER=TRUE"), info.err());
            assertFalse(info.err().contains("limber db validate"), "not the general hint: " + info.err());
            assertFalse(info.err().contains("\tat "), info.err());
        } finally {
            release(holder);
        }
    }

    @Test
    void aUrlWhoseOwnSettingsHideTheSchemaSaysWhichToLeaveOut() {
        assertEquals(
                ExitCodes.OK, CliRun.of("db", "migrate", "--db=" + shortUrl()).exitCode());

        CliRun info = CliRun.of("db", "info", "--db=" + shortUrl() + ";DATABASE_TO_LOWER=FALSE");

        assertEquals(ExitCodes.DATABASE_UNAVAILABLE, info.exitCode(), info.err());
        assertTrue(info.err().contains("Leave MODE, DATABASE_TO_LOWER and DATABASE_TO_UPPER out"), info.err());
        assertFalse(info.err().contains("internal error"), info.err());
    }

    private static Process hold(String url) throws IOException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldDatabase.class.getName(),
                        url)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // Skip what the JVM or a logging library may print first (logback reports its own set-up
        // on stdout when it finds two configurations on a test class path).
        List<String> before = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals("ready")) {
                return process;
            }
            before.add(line);
        }
        throw new AssertionError("the holding process did not open the database: " + before);
    }

    private static void release(Process holder) throws Exception {
        holder.getOutputStream().close();
        if (!holder.waitFor(20, TimeUnit.SECONDS)) {
            holder.destroyForcibly();
        }
    }
}
