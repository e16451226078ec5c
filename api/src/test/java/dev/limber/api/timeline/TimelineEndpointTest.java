package dev.limber.api.timeline;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Guided-timer timelines of stored sessions. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineEndpointTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }

    BlockingHttpClient http() {
        return client.toBlocking();
    }

    /** What the web page plays for a warm-up it built: no token, nothing stored. */
    @Test
    void aProgramSentInTheBodyRunsAsTheStoredOneWouldWithoutATokenAndIsNotStored() throws IOException {
        String stored = body(http().exchange(HttpRequest.GET("/api/v1/programs/quick-leg-day-warm-up"), String.class));
        Map<String, Object> program = json.readValue(stored, Argument.mapOf(String.class, Object.class));
        program.put("id", "sent-warm-up");
        HttpResponse<String> sent =
                Http.exchange(http(), HttpRequest.POST("/api/v1/timelines", json.writeValueAsString(program)));
        assertEquals(HttpStatus.OK, sent.getStatus(), body(sent));
        Map<String, Object> fromBody = json.readValue(body(sent), Argument.mapOf(String.class, Object.class));
        Map<String, Object> fromStore = json.readValue(
                body(http().exchange(HttpRequest.GET("/api/v1/programs/quick-leg-day-warm-up/timeline"), String.class)),
                Argument.mapOf(String.class, Object.class));
        assertEquals("sent-warm-up", fromBody.get("program"));
        assertEquals(fromStore.get("segments"), fromBody.get("segments"));
        assertEquals(350L, ((Number) fromBody.get("totalSeconds")).longValue());
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/sent-warm-up"))
                        .getStatus());

        HttpResponse<String> noSuchSession = Http.exchange(
                http(), HttpRequest.POST("/api/v1/timelines?session=Nope", json.writeValueAsString(program)));
        assertEquals(HttpStatus.NOT_FOUND, noSuchSession.getStatus(), body(noSuchSession));
        HttpResponse<String> bad =
                Http.exchange(http(), HttpRequest.POST("/api/v1/timelines", "{\"id\": \"x\", \"name\": \"X\"}"));
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus(), body(bad));
        assertTrue(body(bad).contains("\"pointer\":\"/sessions\""), body(bad));
    }

    @Test
    void aNamedSessionRunsAsContiguousSegmentsFromAGetReadyCountdown() throws IOException {
        HttpResponse<String> response = Http.exchange(
                http(), HttpRequest.GET("/api/v1/programs/pain-free-leg-day/timeline?session=Core%20and%20glutes"));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        Map<String, Object> timeline = json.readValue(body(response), Argument.mapOf(String.class, Object.class));
        assertEquals("Core and glutes", timeline.get("session"));
        List<?> segments = (List<?>) timeline.get("segments");
        assertEquals("get-ready", ((Map<?, ?>) segments.get(0)).get("kind"));
        long at = 0;
        for (Object segment : segments) {
            Map<?, ?> s = (Map<?, ?>) segment;
            assertEquals(at, ((Number) s.get("start")).longValue());
            at = ((Number) s.get("end")).longValue();
        }
        assertEquals(at, ((Number) timeline.get("totalSeconds")).longValue());
        assertTrue(segments.stream().anyMatch(s -> "left".equals(((Map<?, ?>) s).get("side"))));
    }

    @Test
    void eachSegmentSaysWhatToDoAndAlternatingMovesAlternate() throws IOException {
        HttpResponse<String> response =
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/core-and-glute-strength/timeline"));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        List<?> segments = (List<?>) json.readValue(body(response), Argument.mapOf(String.class, Object.class))
                .get("segments");
        List<String> labels = segments.stream()
                .map(s -> String.valueOf(((Map<?, ?>) s).get("label")))
                .toList();
        assertEquals("Get ready for Leg Swings", labels.get(0));
        assertTrue(labels.contains("Rest 1 min before round 2 of Core and glutes"), labels.toString());
        Map<?, ?> birdDogs = (Map<?, ?>) segments.stream()
                .filter(s -> "bird-dog".equals(((Map<?, ?>) s).get("exercise")))
                .findFirst()
                .orElseThrow();
        assertEquals("alternate", birdDogs.get("side"));
        assertEquals(16, ((Number) birdDogs.get("reps")).intValue());
        assertEquals("Bird Dogs, alternating sides: 8 reps each side, round 1 of 3", birdDogs.get("label"));
    }

    @Test
    void withoutASessionTheFirstIsUsedAndAnUnknownOneIs404() {
        assertTrue(body(Http.exchange(http(), HttpRequest.GET("/api/v1/programs/pain-free-leg-day/timeline")))
                .contains("\"session\":\"Leg day\""));
        HttpResponse<String> missing =
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/pain-free-leg-day/timeline?session=Sunday"));
        assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
        assertTrue(body(missing).contains("Sunday"), body(missing));
    }
}
