package dev.limber.api.problem;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running service: reads answer 503 problems without internals,
 * and the service answers again once the database is back, without a restart.
 */
class DatabaseOutageEndpointTest {

    @Test
    void aLostDatabaseIs503AndTheServiceRecoversWithoutRestart() throws Exception {
        Path folder = Files.createTempDirectory("limber-api-outage");
        Server database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", folder.toString())
                .start();
        int port = database.getPort();
        Map<String, Object> properties = new HashMap<>(Http.properties(Map.of(
                "datasources.default.url",
                "jdbc:h2:tcp://localhost:" + port + "/limber;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "datasources.default.username",
                "sa",
                "datasources.default.password",
                "")));
        properties.put("datasources.default.connection-timeout", "1000");
        properties.put("limber.read-cache.ttl", "0s"); // every read must reach the database here
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
                HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            assertEquals(
                    HttpStatus.OK,
                    Http.exchange(client.toBlocking(), HttpRequest.GET("/api/v1/exercises/leg-swings"))
                            .getStatus());

            database.stop();
            HttpResponse<String> down =
                    Http.exchange(client.toBlocking(), HttpRequest.GET("/api/v1/exercises/leg-swings"));
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, down.getStatus(), body(down));
            assertEquals(
                    "application/problem+json",
                    down.getContentType().orElseThrow().toString());
            assertTrue(body(down).contains("database-unavailable"), body(down));
            assertFalse(
                    body(down).contains("jdbc:")
                            || body(down).contains("SQL")
                            || body(down).contains("Exception"),
                    body(down));

            database = Server.createTcpServer(
                            "-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", folder.toString())
                    .start();
            assertEquals(
                    HttpStatus.OK,
                    Http.exchange(client.toBlocking(), HttpRequest.GET("/api/v1/exercises/leg-swings"))
                            .getStatus());
        } finally {
            database.stop();
        }
    }
}
