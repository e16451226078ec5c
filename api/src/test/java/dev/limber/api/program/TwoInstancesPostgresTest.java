package dev.limber.api.program;

import static dev.limber.api.support.Http.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.api.support.Http;
import dev.limber.formats.document.DocumentWriter;
import dev.limber.persistence.TestDatabases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one PostgreSQL database, both updating a program from the same
 * version at once: one wins, the other gets 412, and both then serve the winner's program.
 */
class TwoInstancesPostgresTest {
    private Map<String, Object> database;
    private final List<EmbeddedServer> servers = new ArrayList<>();
    private final List<HttpClient> clients = new ArrayList<>();

    @BeforeEach
    void startTwoInstances() {
        database = TestDatabases.postgres();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> properties = new HashMap<>(Http.properties(database));
            properties.put("micronaut.server.port", -1);
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
            servers.add(server);
            clients.add(server.getApplicationContext().createBean(HttpClient.class, server.getURL()));
        }
    }

    @AfterEach
    void stop() {
        clients.forEach(HttpClient::close);
        servers.forEach(EmbeddedServer::close);
        if (database != null) {
            TestDatabases.cleanUp(database);
        }
    }

    @Test
    void twoInstancesUpdatingFromTheSameVersionLoseNoUpdate() throws Exception {
        DocumentWriter writer = new DocumentWriter();
        HttpResponse<String> created = Http.exchange(
                clients.get(0).toBlocking(),
                admin(HttpRequest.PUT(
                        "/api/v1/programs/shared-plan",
                        writer.writeProgram(ProgramEndpointTest.mobility("shared-plan", "Original")))));
        assertEquals(HttpStatus.CREATED, created.getStatus());
        String etag = Http.exchange(clients.get(1).toBlocking(), HttpRequest.GET("/api/v1/programs/shared-plan"))
                .header(HttpHeaders.ETAG);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpClient client = clients.get(i);
            String body = writer.writeProgram(ProgramEndpointTest.mobility("shared-plan", "Edited on instance " + i));
            answers.add(pool.submit(() -> {
                start.await();
                return Http.exchange(
                        client.toBlocking(),
                        admin(HttpRequest.PUT("/api/v1/programs/shared-plan", body)
                                .header(HttpHeaders.IF_MATCH, etag)));
            }));
        }
        start.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        String winner = null;
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = answers.get(i).get();
            statuses.add(answer.getStatus());
            if (answer.getStatus() == HttpStatus.OK) {
                winner = "Edited on instance " + i;
            }
        }
        pool.shutdown();
        assertEquals(
                List.of(HttpStatus.OK, HttpStatus.PRECONDITION_FAILED),
                statuses.stream()
                        .sorted((a, b) -> Integer.compare(a.getCode(), b.getCode()))
                        .toList());
        for (HttpClient client : clients) {
            String stored =
                    Http.body(Http.exchange(client.toBlocking(), HttpRequest.GET("/api/v1/programs/shared-plan")));
            assertEquals(true, stored.contains("\"name\":\"" + winner + "\""), stored);
        }
    }
}
