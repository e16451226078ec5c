package dev.limber.api.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.ServiceProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings file an operator keeps in {@code $LIMBER_HOME/limber.yml}: the service reads it at
 * start, says so in its start summary, and lets an environment variable override any of it.
 */
class SettingsFileTest {
    @TempDir
    Path home;

    @Test
    void theServiceTakesItsDatabaseFromTheSettingsFileAndSaysSo() throws Exception {
        Path elsewhere = home.resolve("elsewhere").resolve("limber");
        Files.writeString(
                home.resolve("limber.yml"), "datasources:\n  default:\n    url: jdbc:h2:file:" + elsewhere + "\n");

        String summary = startSummary(Map.of("LIMBER_HOME", home.toString()));

        assertTrue(summary.contains("database jdbc:h2:file:" + elsewhere + ";"), summary);
        assertTrue(summary.endsWith("settings from " + home.resolve("limber.yml")), summary);
        assertTrue(Files.exists(elsewhere.resolveSibling("limber.mv.db")), "the database is where the file says");
    }

    @Test
    void anEnvironmentVariableOverridesTheSettingsFile() throws Exception {
        Files.writeString(
                home.resolve("limber.yml"),
                "datasources:\n  default:\n    url: jdbc:h2:file:" + home.resolve("from-file") + "\n");
        Path fromEnvironment = home.resolve("from-environment");

        String summary = startSummary(
                Map.of("LIMBER_HOME", home.toString(), "DATASOURCES_DEFAULT_URL", "jdbc:h2:file:" + fromEnvironment));

        assertTrue(summary.contains("database jdbc:h2:file:" + fromEnvironment + ";"), summary);
    }

    /** Starts the service, checks it answers, and returns its start summary line. */
    private String startSummary(Map<String, String> environment) throws Exception {
        // The service's own logging set-up (the tests' one shows warnings only).
        String logging = "-Dlogback.configurationFile="
                + Path.of(getClass().getResource("/logback.xml").toURI());
        try (ServiceProcess service = ServiceProcess.start(home.resolve("service.log"), environment, logging)) {
            service.awaitAnswer("/api/v1/ping", Duration.ofSeconds(60));
            HttpResponse<String> ping = service.http()
                    .send(
                            HttpRequest.newBuilder(service.uri("/api/v1/ping")).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            return service.output()
                    .lines()
                    .filter(line -> line.contains("listens on port"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no start summary:\n" + service.output()));
        }
    }
}
