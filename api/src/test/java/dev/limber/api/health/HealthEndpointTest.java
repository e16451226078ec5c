package dev.limber.api.health;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import dev.limber.persistence.TestDatabases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * What {@code /health} tells whom: anyone gets the status, only the admin the details, and no
 * one the database's credentials, also when the URL carries the password, and when the database
 * is down.
 */
class HealthEndpointTest {
    private static final String SECRET = "SuperSecretPw";
    private static final List<String> STATUS_ONLY = List.of("/health", "/health/liveness", "/health/readiness");

    @Test
    void anonymousCallersGetTheStatusOnlyAndTheAdminGetsDetailsWithoutCredentials() throws Exception {
        Path folder = Files.createTempDirectory("limber-api-health");
        Server database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", folder.toString())
                .start();
        int port = database.getPort();
        String location = "jdbc:h2:tcp://localhost:" + port + "/limber";
        Map<String, Object> properties = new HashMap<>(Http.properties(Map.of(
                "datasources.default.url",
                location + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;USER=sa;PASSWORD="
                        + SECRET,
                "datasources.default.username",
                "sa",
                "datasources.default.password",
                SECRET)));
        properties.put("datasources.default.connection-timeout", "1000");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
                HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            BlockingHttpClient http = client.toBlocking();
            assertEquals(
                    HttpStatus.OK,
                    Http.exchange(http, HttpRequest.GET("/api/v1/exercises/leg-swings"))
                            .getStatus());

            for (String path : STATUS_ONLY) {
                HttpResponse<String> anonymous = Http.exchange(http, HttpRequest.GET(path));
                assertEquals(
                        HttpStatus.OK,
                        anonymous.getStatus(),
                        path + ": " + body(Http.exchange(http, Http.admin(HttpRequest.GET(path)))));
                assertEquals("{\"status\":\"UP\"}", body(anonymous), path);
            }

            HttpResponse<String> admin = Http.exchange(http, Http.admin(HttpRequest.GET("/health")));
            assertEquals(HttpStatus.OK, admin.getStatus(), body(admin));
            assertTrue(body(admin).contains("\"database\""), body(admin));
            assertTrue(body(admin).contains("\"location\":\"" + location + "\""), body(admin));
            assertTrue(body(admin).contains("H2 "), body(admin));
            assertNoCredentials(body(admin));

            HttpResponse<String> wrongToken =
                    Http.exchange(http, HttpRequest.GET("/health").bearerAuth("not-the-token"));
            assertEquals(HttpStatus.UNAUTHORIZED, wrongToken.getStatus(), body(wrongToken));
            assertEquals(
                    "application/problem+json",
                    wrongToken.getContentType().orElseThrow().toString());

            database.stop();
            for (String path : List.of("/health", "/health/readiness")) {
                HttpResponse<String> down = Http.exchange(http, HttpRequest.GET(path));
                assertEquals(HttpStatus.SERVICE_UNAVAILABLE, down.getStatus(), path + ": " + body(down));
                assertEquals("{\"status\":\"DOWN\"}", body(down), path);
            }
            HttpResponse<String> liveness = Http.exchange(http, HttpRequest.GET("/health/liveness"));
            assertEquals(HttpStatus.OK, liveness.getStatus(), "the process is alive: " + body(liveness));

            HttpResponse<String> adminDown = Http.exchange(http, Http.admin(HttpRequest.GET("/health")));
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, adminDown.getStatus(), body(adminDown));
            assertTrue(body(adminDown).contains("the database is unavailable"), body(adminDown));
            assertNoCredentials(body(adminDown));
            assertFalse(body(adminDown).contains("Exception") || body(adminDown).contains("java."), body(adminDown));
        } finally {
            database.stop();
        }
    }

    /** The case: PostgreSQL with the password in the URL's parameters. */
    @Test
    void aPostgresPasswordInTheUrlIsNeverShown() {
        Map<String, Object> database = TestDatabases.postgres();
        Map<String, Object> withPassword = new HashMap<>(database);
        withPassword.put(
                "datasources.default.url",
                database.get("datasources.default.url") + "&user=" + database.get("datasources.default.username")
                        + "&password=" + SECRET);
        try (EmbeddedServer server = ApplicationContext.run(
                        EmbeddedServer.class, new HashMap<String, Object>(Http.properties(withPassword)));
                HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            BlockingHttpClient http = client.toBlocking();
            assertEquals(
                    HttpStatus.OK,
                    Http.exchange(http, HttpRequest.GET("/api/v1/exercises/leg-swings"))
                            .getStatus());
            HttpResponse<String> anonymous = Http.exchange(http, HttpRequest.GET("/health"));
            assertEquals("{\"status\":\"UP\"}", body(anonymous));
            HttpResponse<String> admin = Http.exchange(http, Http.admin(HttpRequest.GET("/health")));
            assertEquals(HttpStatus.OK, admin.getStatus(), body(admin));
            assertTrue(body(admin).contains("PostgreSQL"), body(admin));
            assertNoCredentials(body(admin));
        } finally {
            TestDatabases.cleanUp(database);
        }
    }

    private static void assertNoCredentials(String body) {
        assertFalse(body.contains(SECRET), body);
        assertFalse(body.toLowerCase(java.util.Locale.ROOT).contains("password"), body);
    }
}
