package dev.limber.api.rampup;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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

/** {@code POST /api/v1/ramp-ups}: a computation, open to anyone, refusing every bad value at its pointer. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RampUpEndpointTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }

    private Map<String, Object> post(String body, HttpStatus expected) throws IOException {
        HttpResponse<String> response = Http.exchange(client.toBlocking(), HttpRequest.POST("/api/v1/ramp-ups", body));
        assertEquals(expected, response.getStatus(), body(response));
        return json.readValue(body(response), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void theStandardRampToAHundredKilogramsNeedsNoToken() throws IOException {
        Map<String, Object> ramp = post("{\"exercise\": \"back-squat\", \"work\": \"100kg\"}", HttpStatus.OK);
        assertEquals("Back Squat", ramp.get("name"));
        assertEquals("kg", ramp.get("unit"));
        assertEquals("20kg", ramp.get("bar"));
        List<Map<String, Object>> sets = list(ramp.get("sets"));
        assertEquals(
                List.of("empty bar", "40 %", "60 %", "80 %"),
                sets.stream().map(s -> s.get("stage")).toList());
        assertEquals(List.of(10, 5, 3, 2), sets.stream().map(s -> s.get("reps")).toList());
        // 80 % of 100 kg = 80 kg = 20 kg bar + 2 × (25 + 5).
        assertEquals(List.of("25kg", "5kg"), map(sets.get(3).get("loading")).get("perSide"));
        assertEquals("100 kg: 25 + 15 kg per side", map(ramp.get("work")).get("text"));
    }

    @Test
    void aRampInPoundsConvertsTheWorkAndSaysTheNearestLoad() throws IOException {
        Map<String, Object> ramp =
                post("{\"exercise\": \"deadlift\", \"work\": \"100kg\", \"sets\": 6, \"unit\": \"lb\"}", HttpStatus.OK);
        assertEquals("lb", ramp.get("unit"));
        assertEquals("45lb", ramp.get("bar"));
        Map<String, Object> work = map(ramp.get("work"));
        // 100 kg = 220.462 lb; 45 lb plates make 220 lb (45 + 2 × 87.5), 2.5 lb closer than 225.
        assertEquals("220lb", work.get("load"));
        assertEquals(false, work.get("exact"));
        assertTrue(((String) work.get("text")).startsWith("100 kg is 220.462 lb; "), work.toString());
        assertEquals(
                6, list(ramp.get("sets")).size() + list(ramp.get("skipped")).size());
    }

    @Test
    void ownPlatesAndBarAreUsed() throws IOException {
        Map<String, Object> ramp = post(
                "{\"exercise\": \"back-squat\", \"work\": \"60kg\", \"bar\": \"15kg\", \"plates\": [10, 5, 2.5]}",
                HttpStatus.OK);
        assertEquals("15kg", ramp.get("bar"));
        // (60 − 15) / 2 = 22.5 a side = 10 + 10 + 2.5.
        assertEquals(List.of("10kg", "10kg", "2.5kg"), map(ramp.get("work")).get("perSide"));
    }

    @Test
    void everyBadValueIsNamedByItsPointer() throws IOException {
        Map<String, Object> problem = post(
                "{\"exercise\": \"Back Squat\", \"work\": 100, \"sets\": 9, \"bar\": \"20 stone\", \"plates\": [25, -5],"
                        + " \"unit\": \"st\", \"colour\": \"red\"}",
                HttpStatus.BAD_REQUEST);
        List<String> pointers = list(problem.get("errors")).stream()
                .map(e -> (String) e.get("pointer"))
                .toList();
        assertEquals(List.of("/exercise", "/work", "/sets", "/bar", "/unit", "/colour", "/plates/1"), pointers);
    }

    @Test
    void aBarInTheOtherUnitIsRefusedNotMixed() throws IOException {
        Map<String, Object> problem =
                post("{\"exercise\": \"back-squat\", \"work\": \"100kg\", \"bar\": \"45lb\"}", HttpStatus.BAD_REQUEST);
        Map<String, Object> error = list(problem.get("errors")).get(0);
        assertEquals("/bar", error.get("pointer"));
        assertTrue(((String) error.get("message")).contains("is in lb but the ramp is in kg"), error.toString());
    }

    @Test
    void workLighterThanTheBarAndAnUnknownExerciseAreRefused() throws IOException {
        Map<String, Object> light = post("{\"exercise\": \"back-squat\", \"work\": \"15kg\"}", HttpStatus.BAD_REQUEST);
        assertEquals("/work", list(light.get("errors")).get(0).get("pointer"));
        Map<String, Object> unknown =
                post("{\"exercise\": \"back-squats\", \"work\": \"100kg\"}", HttpStatus.NOT_FOUND);
        assertTrue(((String) unknown.get("detail")).contains("back-squat"), unknown.toString());
    }
}
