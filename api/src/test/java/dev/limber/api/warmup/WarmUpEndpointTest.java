package dev.limber.api.warmup;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Warm-ups built from the stored catalog, open to anyone. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarmUpEndpointTest implements TestPropertyProvider {
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

    Map<String, Object> post(String body, HttpStatus expected) throws IOException {
        HttpResponse<String> response = Http.exchange(http(), HttpRequest.POST("/api/v1/warm-ups", body));
        assertEquals(expected, response.getStatus(), body(response));
        return json.readValue(body(response), Argument.mapOf(String.class, Object.class));
    }

    @Test
    void aWarmUpForHamstringsGlutesAndHipsFitsTheBudget() throws IOException {
        Map<String, Object> plan = post(
                "{\"targets\": [\"hamstrings\", \"glutes\", \"hips\"], \"minMinutes\": 5," + " \"maxMinutes\": 10}",
                HttpStatus.OK);
        assertEquals("warm-up", plan.get("phase"));
        long seconds = ((Number) plan.get("totalSeconds")).longValue();
        assertTrue(seconds > 0 && seconds <= 600, plan.toString());
        assertFalse(((List<?>) plan.get("steps")).isEmpty());
        assertEquals(List.of("glutes", "hamstrings", "hips"), plan.get("requested"));
        assertTrue(plan.containsKey("uncovered"), plan.toString());
    }

    @Test
    void aWarmUpForAStoredSessionsMainPhase() throws IOException {
        Map<String, Object> plan =
                post("{\"program\": \"pain-free-leg-day\", \"session\": \"Leg day\"}", HttpStatus.OK);
        assertFalse(((List<?>) plan.get("requested")).isEmpty(), plan.toString());
        assertFalse(((List<?>) plan.get("steps")).isEmpty(), plan.toString());
    }

    @Test
    void badRequestsNameTheField() throws IOException {
        Map<String, Object> unknownArea = post("{\"targets\": [\"hamstrings\", \"elbows\"]}", HttpStatus.BAD_REQUEST);
        assertEquals("/targets/1", ((Map<?, ?>) ((List<?>) unknownArea.get("errors")).get(0)).get("pointer"));
        Map<String, Object> both =
                post("{\"targets\": [\"hips\"], \"program\": \"desk-break\"}", HttpStatus.BAD_REQUEST);
        assertTrue(String.valueOf(both.get("detail")).contains("not both"), both.toString());
        Map<String, Object> budget =
                post("{\"targets\": [\"hips\"], \"minMinutes\": 9, \"maxMinutes\": 3}", HttpStatus.BAD_REQUEST);
        assertEquals("/maxMinutes", ((Map<?, ?>) ((List<?>) budget.get("errors")).get(0)).get("pointer"));
        post("{\"program\": \"nothing-here\"}", HttpStatus.NOT_FOUND);
    }

    @Test
    void anUnknownFieldOrAWrongTypeIsA400NotIgnored() throws IOException {
        Map<String, Object> unknown = post("{\"targets\": [\"hips\"], \"minutes\": 5}", HttpStatus.BAD_REQUEST);
        assertTrue(String.valueOf(unknown.get("detail")).contains("minutes"), unknown.toString());
        Map<String, Object> wrongTypes =
                post("{\"targets\": [\"hips\", 3], \"minMinutes\": \"five\"}", HttpStatus.BAD_REQUEST);
        List<?> errors = (List<?>) wrongTypes.get("errors");
        assertEquals(
                List.of("/targets/1", "/minMinutes"),
                errors.stream().map(e -> ((Map<?, ?>) e).get("pointer")).toList());
        post("[1]", HttpStatus.BAD_REQUEST);
    }

    @Test
    void areasAreReadInAnyCaseAndTheArticlesDosesAreUsed() throws IOException {
        Map<String, Object> plan = post("{\"targets\": [\"Hamstrings\", \"SPINE\"]}", HttpStatus.OK);
        assertEquals(List.of("hamstrings", "spine"), plan.get("requested"));
        Map<?, ?> rollDown = ((List<?>) plan.get("steps"))
                .stream()
                        .map(step -> (Map<?, ?>) step)
                        .filter(step -> "standing-roll-down".equals(step.get("exercise")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(plan.toString()));
        assertEquals("30s", rollDown.get("duration"), rollDown.toString());
        assertEquals(List.of(), plan.get("notes"));
    }

    @Test
    void aSessionThatLoadsNothingIsA400SayingSo() throws IOException {
        Map<String, Object> problem = post("{\"program\": \"quick-leg-day-warm-up\"}", HttpStatus.BAD_REQUEST);
        assertTrue(String.valueOf(problem.get("detail")).contains("loads nothing in a main phase"), problem.toString());
        assertEquals("/program", ((Map<?, ?>) ((List<?>) problem.get("errors")).get(0)).get("pointer"));
    }

    @Test
    void aBudgetOutsideFiveToTenMinutesIsAllowedWithANote() throws IOException {
        Map<String, Object> plan =
                post("{\"targets\": [\"hips\"], \"minMinutes\": 15, \"maxMinutes\": 20}", HttpStatus.OK);
        assertEquals(1, ((List<?>) plan.get("notes")).size(), plan.toString());
        assertTrue(
                String.valueOf(plan.get("notes")).contains("outside the article's 5 to 10 minutes"), plan.toString());
    }
}
