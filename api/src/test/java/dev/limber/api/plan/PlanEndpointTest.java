package dev.limber.api.plan;

import static dev.limber.api.support.Http.admin;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /api/v1/programs/{id}/plan}: a week of a stored program, open to anyone, every bad
 * parameter a problem naming it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanEndpointTest implements TestPropertyProvider {
    private static final String PROGRAM = "{\"id\": \"squat-block\", \"name\": \"Squat Block\", \"weeks\": 4,"
            + " \"sessions\": [{\"name\": \"A\", \"phases\": [{\"phase\": \"main\", \"steps\": ["
            + "{\"exercise\": \"back-squat\", \"reps\": 5, \"sets\": 5, \"load\": \"100kg\","
            + " \"progression\": \"linear +2.5kg per session\"},"
            + "{\"exercise\": \"deadlift\", \"reps\": 5,"
            + " \"progression\": \"weekly 65%x5x3, 75%x3x3, 85%x1x3, deload 40%x5x3\"}]}]},"
            + "{\"name\": \"B\", \"phases\": [{\"phase\": \"main\", \"steps\": ["
            + "{\"exercise\": \"back-squat\", \"reps\": 5, \"sets\": 5, \"load\": \"100kg\","
            + " \"progression\": \"linear +2.5kg per session\"}]}]}]}";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }

    @BeforeAll
    void store() {
        HttpResponse<String> created =
                Http.exchange(client.toBlocking(), admin(HttpRequest.PUT("/api/v1/programs/squat-block", PROGRAM)));
        assertEquals(HttpStatus.CREATED, created.getStatus(), body(created));
    }

    private Map<String, Object> get(String uri, HttpStatus expected) throws IOException {
        HttpResponse<String> response = Http.exchange(client.toBlocking(), HttpRequest.GET(uri));
        assertEquals(expected, response.getStatus(), body(response));
        return json.readValue(body(response), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Test
    void theProgramIsServedWithItsWeeksAndProgressions() throws IOException {
        Map<String, Object> program = get("/api/v1/programs/squat-block", HttpStatus.OK);
        assertEquals(4, program.get("weeks"));
        Map<String, Object> squat = list(list(list(program.get("sessions"))
                                .get(0)
                                .get("phases"))
                        .get(0)
                        .get("steps"))
                .get(0);
        assertEquals("linear +2.5kg per session, deload 10% after 3 misses", squat.get("progression"));
    }

    @Test
    void weekThreeNeedsNoTokenAndRoundsToThePlates() throws IOException {
        // Squat in both sessions: week 3's A comes after four squat sessions, 100 + 4 × 2.5 = 110 kg.
        // Deadlift week 3: 85 % of 180 kg = 153 kg, nearest 152.5 kg, said so.
        Map<String, Object> plan =
                get("/api/v1/programs/squat-block/plan?week=3&session=A&max=deadlift:180kg", HttpStatus.OK);
        assertEquals("kg", plan.get("unit"));
        assertEquals(4, plan.get("weeks"));
        List<Map<String, Object>> steps = list(list(plan.get("sessions")).get(0).get("steps"));
        assertEquals("110kg", steps.get(0).get("load"));
        assertEquals(List.of("25kg", "20kg"), steps.get(0).get("perSide"));
        assertEquals("152.5kg", steps.get(1).get("load"));
        assertEquals(1, steps.get(1).get("reps"));
        assertEquals(
                List.of("153 kg cannot be loaded exactly; nearest 152.5 kg"),
                steps.get(1).get("notes"));
    }

    @Test
    void everyBadParameterIsAProblemNamingIt() throws IOException {
        for (Map.Entry<String, String> bad : Map.of(
                        "week=0", "week",
                        "week=three", "week",
                        "week=5", "week",
                        "session=C", "session",
                        "unit=stone", "unit",
                        "max=deadlift", "max",
                        "max=deadlift:heavy", "max",
                        "missed=back-squat:-1", "missed",
                        "session=A", "max")
                .entrySet()) {
            Map<String, Object> problem =
                    get("/api/v1/programs/squat-block/plan?" + bad.getKey(), HttpStatus.BAD_REQUEST);
            assertEquals(
                    bad.getValue(), list(problem.get("errors")).get(0).get("pointer"), bad.getKey() + ": " + problem);
        }
        Map<String, Object> unknown = get("/api/v1/programs/squat-blok/plan", HttpStatus.NOT_FOUND);
        assertTrue(String.valueOf(unknown.get("detail")).contains("squat-block"), unknown.toString());
    }
}
