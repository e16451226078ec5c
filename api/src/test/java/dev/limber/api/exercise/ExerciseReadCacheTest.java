package dev.limber.api.exercise;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The short-lived read cache: a write through this instance shows at once; a write made
 * elsewhere (here: straight through the store, as another instance or the CLI would) shows
 * within the time-to-live.
 */
@MicronautTest(transactional = false) // the store write must commit, as another instance's would
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExerciseReadCacheTest implements TestPropertyProvider {
    private static final long TTL_MILLIS = 300;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Exercises store;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Http.h2());
        properties.put("limber.read-cache.ttl", TTL_MILLIS + "ms");
        return properties;
    }

    private String get(String id) {
        HttpResponse<String> response = Http.exchange(client.toBlocking(), HttpRequest.GET("/api/v1/exercises/" + id));
        return body(response);
    }

    @Test
    void aWriteMadeElsewhereShowsWithinTheTimeToLive() throws InterruptedException {
        assertTrue(get("plank")
                .contains("\"equipment\":" + BuiltInCatalog.PLANK.equipment().items()));
        Exercise changed = BuiltInCatalog.PLANK.toBuilder()
                .equipment("yoga mat, changed elsewhere")
                .build();
        store.save(changed, ExpectedVersion.any());
        long deadline = System.nanoTime() + (TTL_MILLIS + 2_000) * 1_000_000;
        String seen = get("plank");
        while (!seen.contains("changed elsewhere") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = get("plank");
        }
        assertTrue(seen.contains("changed elsewhere"), "the cached copy expired: " + seen);
    }

    @Test
    void aWriteThroughThisInstanceShowsAtOnce() {
        assertTrue(get("bird-dog").contains("Bird Dog"));
        Exercise renamed = BuiltInCatalog.BIRD_DOG.toBuilder()
                .equipment("mat, through the API")
                .build();
        String body = new dev.limber.formats.document.DocumentWriter().writeExercise(renamed);
        HttpResponse<String> put = Http.exchange(
                client.toBlocking(),
                HttpRequest.PUT("/api/v1/exercises/bird-dog", body).bearerAuth(Http.TOKEN));
        assertEquals(200, put.getStatus().getCode(), body(put));
        assertTrue(get("bird-dog").contains("mat, through the API"), "no stale copy after a local write");
    }

    private String list(String query) {
        return body(Http.exchange(client.toBlocking(), HttpRequest.GET("/api/v1/exercises?" + query)));
    }

    @Test
    void aPageShowsAWriteThroughThisInstanceAtOnce() {
        assertTrue(list("q=dead%20bug").contains("\"total\":1"), list("q=dead%20bug"));
        Exercise changed = BuiltInCatalog.DEAD_BUG.toBuilder()
                .equipment("mat, changed through the API")
                .build();
        HttpResponse<String> put = Http.exchange(
                client.toBlocking(),
                HttpRequest.PUT(
                                "/api/v1/exercises/dead-bug",
                                new dev.limber.formats.document.DocumentWriter().writeExercise(changed))
                        .bearerAuth(Http.TOKEN));
        assertEquals(200, put.getStatus().getCode(), body(put));
        assertTrue(list("q=dead%20bug").contains("mat, changed through the API"), "no stale page after a PUT");

        Exercise added = Exercise.builder("dead-bug-on-a-bench", "Dead Bug on a Bench")
                .kind(changed.kind())
                .primary(changed.primary())
                .build();
        Http.exchange(
                client.toBlocking(),
                HttpRequest.PUT(
                                "/api/v1/exercises/dead-bug-on-a-bench",
                                new dev.limber.formats.document.DocumentWriter().writeExercise(added))
                        .bearerAuth(Http.TOKEN));
        assertTrue(list("q=dead%20bug").contains("\"total\":2"), "a new exercise is on the page at once");
        HttpResponse<String> delete = Http.exchange(
                client.toBlocking(),
                HttpRequest.DELETE("/api/v1/exercises/dead-bug-on-a-bench").bearerAuth(Http.TOKEN));
        assertEquals(204, delete.getStatus().getCode(), body(delete));
        assertTrue(list("q=dead%20bug").contains("\"total\":1"), "a deleted exercise leaves the page at once");
    }

    @Test
    void aPageShowsAWriteMadeElsewhereWithinTheTimeToLive() throws InterruptedException {
        assertTrue(list("q=glute%20bridge").contains("\"total\":"), list("q=glute%20bridge"));
        Exercise changed = BuiltInCatalog.GLUTE_BRIDGE.toBuilder()
                .equipment("mat, changed elsewhere")
                .build();
        store.save(changed, ExpectedVersion.any());
        long deadline = System.nanoTime() + (TTL_MILLIS + 2_000) * 1_000_000;
        String seen = list("q=glute%20bridge");
        while (!seen.contains("changed elsewhere") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = list("q=glute%20bridge");
        }
        assertTrue(seen.contains("changed elsewhere"), "the cached page expired: " + seen);
    }
}
