package dev.limber.api.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.ServiceProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator reads when the service starts, before anyone sends a request: the generated
 * admin token, and one summary line (version, port, database, where the token comes from).
 */
class StartSummaryTest {
    private static final Pattern TOKEN = Pattern.compile("generated token for this run: (\\S+)");
    private static final String SUMMARY = "listens on port ";

    @TempDir
    Path home;

    @Test
    void theGeneratedTokenAndTheSummaryAreLoggedAtStartAndTheTokenWrites() throws Exception {
        Map<String, String> environment = Map.of("LIMBER_HOME", home.toString(), "LIMBER_ADMIN_TOKEN", "");
        // The service's own logging set-up, as an operator runs it (the tests' one shows warnings only).
        String logging = "-Dlogback.configurationFile="
                + Path.of(StartSummaryTest.class.getResource("/logback.xml").toURI());
        try (ServiceProcess service = ServiceProcess.start(home.resolve("service.log"), environment, logging)) {
            String log = awaitLine(service, SUMMARY, Duration.ofSeconds(60));
            Matcher token = TOKEN.matcher(log);
            assertTrue(token.find(), "the generated token is logged before any request:\n" + log);
            String summary = log.lines()
                    .filter(line -> line.contains(SUMMARY))
                    .findFirst()
                    .orElseThrow();
            assertTrue(summary.contains(service.uri("/").getPort() + ";"), summary);
            assertTrue(summary.contains("database jdbc:h2:file:" + home), summary);
            assertTrue(summary.contains("admin token generated for this run"), summary);
            assertFalse(summary.toLowerCase().contains("password"), summary);

            HttpResponse<String> put = service.http()
                    .send(
                            HttpRequest.newBuilder(service.uri("/api/v1/exercises/start-check"))
                                    .header("Authorization", "Bearer " + token.group(1))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"start-check\","
                                            + "\"name\":\"Start Check\",\"kind\":\"mobility\","
                                            + "\"laterality\":\"bilateral\",\"primary\":[\"hips\"]}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(201, put.statusCode(), "the logged token is the one writes need: " + put.body());
        }
    }

    /** The service's output once a line contains {@code text}; fails after the timeout. */
    private static String awaitLine(ServiceProcess service, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String output = service.output();
            if (output.contains(text)) {
                return output;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line with '" + text + "' within " + timeout + ":\n" + service.output());
    }
}
