package dev.limber.api.limits;

import static dev.limber.api.support.Http.admin;
import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 12 over real HTTP: what the model refuses is a 400 naming the place, never a 500 from the
 * database, and nothing a write accepts can stop the listing, the program, its card or its
 * timeline from being served. Runs on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InputLimitsEndpointTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    BlockingHttpClient http() {
        return client.toBlocking();
    }

    static String step(String fields) {
        return "{\"exercise\":\"lunge\",\"reps\":5,\"perSide\":true" + fields + "}";
    }

    static String program(String id, String programFields, String steps) {
        return "{\"id\":\"" + id + "\",\"name\":\"P\"" + programFields
                + ",\"sessions\":[{\"name\":\"s\",\"phases\":[{\"phase\":\"main\",\"steps\":[" + steps + "]}]}]}";
    }

    static String exercise(String id, String fields) {
        return "{\"id\":\"" + id + "\",\"kind\":\"strength\",\"primary\":[\"glutes\"]" + fields + "}";
    }

    HttpResponse<String> put(String path, String body) {
        return Http.exchange(http(), admin(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON_TYPE)));
    }

    Map<String, Object> read(HttpResponse<String> response) throws IOException {
        return json.readValue(body(response), Argument.mapOf(String.class, Object.class));
    }

    /** A 400 whose one error points at {@code pointer}, with a message that is not the whole value. */
    void refusedAt(HttpResponse<String> response, String pointer, String fragment) throws IOException {
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
        assertTrue(
                body(response).length() < 2000,
                "a short answer: " + body(response).length() + " characters");
        List<?> errors = (List<?>) read(response).get("errors");
        Map<?, ?> first = (Map<?, ?>) errors.get(0);
        assertEquals(pointer, first.get("pointer"), body(response));
        assertTrue(String.valueOf(first.get("message")).contains(fragment), body(response));
    }

    void everythingIsStillServed() {
        assertEquals(
                HttpStatus.OK,
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs")).getStatus());
        assertEquals(
                HttpStatus.OK,
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs?size=100"))
                        .getStatus());
        assertEquals(
                HttpStatus.OK,
                Http.exchange(http(), HttpRequest.GET("/api/v1/exercises")).getStatus());
    }

    @Test
    void anOversizedRestIsRefusedAndTheListStillAnswers() throws IOException {
        refusedAt(
                put("/api/v1/programs/poison-rest", program("poison-rest", "", step(",\"rest\":\"PT3000000000S\""))),
                "/sessions/0/phases/0/steps/0/rest",
                "rest must be at most 1 h");
        refusedAt(
                put("/api/v1/programs/poison-hold", program("poison-hold", "", step(",\"hold\":\"P99999D\""))),
                "/sessions/0/phases/0/steps/0/hold",
                "hold must be at most");
        refusedAt(
                put(
                        "/api/v1/programs/poison-circuit",
                        program(
                                "poison-circuit",
                                "",
                                "{\"circuit\":\"c\",\"rounds\":2,\"rest\":\"PT2562047788015215H\",\"steps\":["
                                        + step("") + "]}")),
                "/sessions/0/phases/0/steps/0/rest",
                "circuit.rest must be at most 1 h");
        everythingIsStillServed();
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/poison-rest"))
                        .getStatus());
    }

    @Test
    void aProgramAtTheLimitsIsStoredAndServedEverywhere() throws IOException {
        String name = "İ".repeat(200);
        String body = program(
                        "widest",
                        ",\"description\":\"" + "d".repeat(2000) + "\"",
                        step(",\"sets\":100,\"rest\":\"1h\",\"hold\":\"10m\",\"note\":\"" + "n".repeat(1000) + "\"")
                                + ","
                                + "{\"circuit\":\"" + name + "\",\"rounds\":50,\"rest\":\"1h\",\"steps\":["
                                + "{\"exercise\":\"lunge\",\"duration\":\"4h\",\"perSide\":true}]}")
                .replace("\"name\":\"P\"", "\"name\":\"" + name + "\"");
        assertEquals(HttpStatus.CREATED, put("/api/v1/programs/widest", body).getStatus());
        everythingIsStillServed();
        HttpResponse<String> served = Http.exchange(http(), HttpRequest.GET("/api/v1/programs/widest"));
        assertEquals(HttpStatus.OK, served.getStatus());
        Map<?, ?> step = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>)
                                        ((Map<?, ?>) ((List<?>) read(served).get("sessions")).get(0)).get("phases"))
                                .get(0))
                        .get("steps"))
                .get(0);
        assertEquals("1h", step.get("rest"));
        assertEquals("10m", step.get("hold"));
        for (String part : List.of("findings", "card", "timeline")) {
            assertEquals(
                    HttpStatus.OK,
                    Http.exchange(http(), HttpRequest.GET("/api/v1/programs/widest/" + part))
                            .getStatus(),
                    part);
        }
    }

    @Test
    void overLongTextsAreRefusedWithTheirPointer() throws IOException {
        String longName = "a".repeat(201);
        refusedAt(
                put("/api/v1/exercises/long", exercise("long", ",\"name\":\"" + longName + "\"")),
                "/name",
                "at most 200 characters");
        Map<String, String> fields = Map.of(
                "equipment", "a".repeat(101),
                "startingPosition", "a".repeat(2001),
                "caution", "a".repeat(2001));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            refusedAt(
                    put(
                            "/api/v1/exercises/long",
                            exercise(
                                    "long",
                                    ",\"name\":\"Long\",\"" + field.getKey() + "\":\"" + field.getValue() + "\"")),
                    "/" + field.getKey(),
                    "characters");
        }
        refusedAt(
                put(
                        "/api/v1/exercises/long",
                        exercise("long", ",\"name\":\"Long\",\"cues\":[\"ok\",\"" + "c".repeat(4001) + "\"]")),
                "/cues/1",
                "characters");
        refusedAt(
                put(
                        "/api/v1/exercises/long",
                        exercise(
                                "long",
                                ",\"name\":\"Long\",\"source\":{\"origin\":\"" + "o".repeat(201)
                                        + "\",\"license\":\"x\"}")),
                "/source/origin",
                "characters");
        refusedAt(
                put(
                        "/api/v1/programs/long",
                        program("long", ",\"description\":\"" + "d".repeat(4001) + "\"", step(""))),
                "/description",
                "characters");
        refusedAt(
                put("/api/v1/programs/long", program("long", "", step(",\"note\":\"" + "n".repeat(2001) + "\""))),
                "/sessions/0/phases/0/steps/0/note",
                "characters");
        everythingIsStillServed();
    }

    @Test
    void aHugeNameGetsAShortAnswer() throws IOException {
        HttpResponse<String> response =
                put("/api/v1/exercises/huge", exercise("huge", ",\"name\":\"" + "x".repeat(900_000) + "\""));
        refusedAt(response, "/name", "at most 200 characters");
    }

    @Test
    void controlCharactersAreRefusedWithAPlace() throws IOException {
        refusedAt(
                put("/api/v1/exercises/nul", exercise("nul", ",\"name\":\"a\\u0000b\"")),
                "/name",
                "control characters");
        refusedAt(
                put("/api/v1/programs/nul", program("nul", ",\"description\":\"x\\u0000\"", step(""))),
                "/description",
                "control characters");
        HttpResponse<String> search = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?q=%00"));
        assertEquals(HttpStatus.BAD_REQUEST, search.getStatus(), body(search));
        Map<?, ?> error = (Map<?, ?>) ((List<?>) read(search).get("errors")).get(0);
        assertEquals("q", error.get("pointer"), body(search));
        assertTrue(String.valueOf(read(search).get("detail")).startsWith("q "), body(search));
        assertEquals(
                HttpStatus.OK,
                Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?q=squat"))
                        .getStatus());
    }

    @Test
    void aHugeParameterGetsAShortAnswer() throws IOException {
        HttpResponse<String> response =
                Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?page=" + "x".repeat(2000)));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
        assertTrue(body(response).length() < 1000, body(response));
        assertTrue(String.valueOf(read(response).get("detail")).contains("page"), body(response));
        HttpResponse<String> kind =
                Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?kind=" + "y".repeat(2000)));
        assertEquals(HttpStatus.BAD_REQUEST, kind.getStatus(), body(kind));
        assertTrue(body(kind).length() < 1000, body(kind));
    }

    @Test
    void longListsAreRefusedAtTheList() throws IOException {
        String cues = IntStream.range(0, 50_000).mapToObj(i -> "\"Brace\"").collect(Collectors.joining(","));
        refusedAt(
                put("/api/v1/exercises/cues", exercise("cues", ",\"name\":\"Cues\",\"cues\":[" + cues + "]")),
                "/cues",
                "at most");
        String session = "{\"name\":\"s%d\",\"phases\":[{\"phase\":\"main\",\"steps\":[" + step("") + "]}]}";
        String sessions = IntStream.range(0, 5000)
                .mapToObj(i -> String.format(session, i))
                .collect(Collectors.joining(","));
        refusedAt(
                put("/api/v1/programs/many", "{\"id\":\"many\",\"name\":\"Many\",\"sessions\":[" + sessions + "]}"),
                "/sessions",
                "at most");
        everythingIsStillServed();
    }

    @Test
    void aThousandAndOneProblemsAreAnsweredNotCrashedOn() throws IOException {
        String keys = IntStream.range(0, 1001).mapToObj(i -> "\"k" + i + "\":1").collect(Collectors.joining(","));
        HttpResponse<String> response = Http.exchange(
                http(),
                HttpRequest.POST("/api/v1/findings", "{" + keys + "}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
        assertEquals(1001, ((List<?>) read(response).get("errors")).size());
    }
}
