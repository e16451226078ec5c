package dev.limber.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import dev.limber.api.support.PrivatePostgres;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL frozen (SIGSTOP: it keeps its connections and answers nothing) under readers and
 * writers: every request, those in flight at the freeze included, is answered, with 503
 * (database-unavailable) within the documented bound, never 500 and never left hanging; once the
 * database answers again the service serves without a restart.
 */
class FrozenDatabaseTest {
    /**
     * The documented bound, 13 s: the statement timeout (10 s) for a request whose statement was
     * sent, then at most the pool's 3 s for one more connection; plus 2 s for this shared machine.
     */
    private static final Duration BOUND = Duration.ofSeconds(15);

    private static final Duration FREEZE = Duration.ofSeconds(22);

    private record Answer(String what, int status, Duration took, String body) {}

    @Test
    void everyRequestGetsAnAnswerWithinTheBoundWhileTheDatabaseIsFrozen() throws Exception {
        try (PrivatePostgres database = PrivatePostgres.start()) {
            Map<String, Object> properties = new HashMap<>(Http.properties(Map.of(
                    "datasources.default.url",
                    database.url(),
                    "datasources.default.username",
                    "postgres",
                    "datasources.default.password",
                    "")));
            properties.put("limber.read-cache.ttl", "0s"); // every read reaches the database
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
                HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                URI base = server.getURI();
                assertEquals(200, send(http, base, "read", 0).status());

                AtomicBoolean frozen = new AtomicBoolean();
                AtomicBoolean running = new AtomicBoolean(true);
                Queue<Answer> whileFrozen = new ConcurrentLinkedQueue<>();
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < 6; c++) {
                    String what = c < 4 ? "read" : "write";
                    int client = c;
                    Thread thread = new Thread(
                            () -> {
                                for (int n = 0; running.get(); n++) {
                                    boolean sentFrozen = frozen.get();
                                    Answer answer = send(http, base, what, client * 100_000 + n);
                                    if (sentFrozen || frozen.get()) {
                                        whileFrozen.add(answer);
                                    }
                                }
                            },
                            "client-" + c);
                    thread.start();
                    clients.add(thread);
                }
                Thread.sleep(1_000); // requests in flight when it freezes
                database.freeze();
                frozen.set(true);
                Thread.sleep(FREEZE.toMillis());
                running.set(false);
                for (Thread client : clients) {
                    client.join(BOUND.toMillis());
                }
                database.thaw();
                for (Thread client : clients) {
                    client.join(60_000);
                }

                assertTrue(whileFrozen.size() >= 6, "too few requests while frozen: " + whileFrozen);
                List<Answer> late = whileFrozen.stream()
                        .filter(answer -> answer.took().compareTo(BOUND) > 0)
                        .toList();
                assertEquals(List.of(), late, "answered later than " + BOUND + " while the database was frozen");
                List<Answer> wrong = whileFrozen.stream()
                        .filter(answer -> !(answer.status() == 503
                                        && answer.body().contains("urn:limber:problem:database-unavailable"))
                                && !(answer.status() >= 200 && answer.status() < 300))
                        .toList();
                assertEquals(List.of(), wrong, "while frozen, only 503 problems (or answers that made it)");
                assertTrue(
                        whileFrozen.stream().anyMatch(answer -> answer.status() == 503),
                        "no request noticed the freeze: " + whileFrozen);

                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                Answer after;
                do {
                    after = send(http, base, "read", 0);
                } while (after.status() != 200 && System.nanoTime() < deadline);
                assertEquals(200, after.status(), "after the database answers again: " + after);
            }
        }
    }

    private static Answer send(HttpClient http, URI base, String what, int n) {
        HttpRequest request;
        if (what.equals("read")) {
            request = HttpRequest.newBuilder(base.resolve("/api/v1/exercises?kind=strength&size=20"))
                    .timeout(Duration.ofSeconds(90))
                    .build();
        } else {
            String id = "frozen-" + n;
            request = HttpRequest.newBuilder(base.resolve("/api/v1/exercises/" + id))
                    .timeout(Duration.ofSeconds(90))
                    .header("Authorization", "Bearer " + Http.TOKEN)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\",\"name\":\"Frozen " + n
                            + "\",\"kind\":\"mobility\",\"primary\":[\"hips\"]}"))
                    .build();
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    what, response.statusCode(), Duration.ofNanos(System.nanoTime() - start), response.body());
        } catch (Exception failed) {
            return new Answer(what, -1, Duration.ofNanos(System.nanoTime() - start), failed.toString());
        }
    }
}
