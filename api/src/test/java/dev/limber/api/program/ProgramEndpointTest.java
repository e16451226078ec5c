package dev.limber.api.program;

import static dev.limber.api.support.Http.admin;
import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Timing;
import dev.limber.formats.document.DocumentWriter;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The program resource over real HTTP on a database seeded with the built-in catalog. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProgramEndpointTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    BlockingHttpClient http() {
        return client.toBlocking();
    }

    Map<String, Object> read(HttpResponse<String> response) throws IOException {
        return json.readValue(body(response), Argument.mapOf(String.class, Object.class));
    }

    static Program mobility(String id, String name) {
        return Program.builder(id, name)
                .tags("mobility", "test")
                .session(Session.of(
                        "Morning",
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of(
                                        BuiltInCatalog.LEG_SWINGS,
                                        Prescription.seconds(30).eachSide()),
                                ExerciseStep.of(BuiltInCatalog.HIP_CIRCLES, Prescription.reps(10)))))
                .build();
    }

    @Test
    void aProgramIsServedWholeWithItsComputedDurations() throws IOException {
        HttpResponse<String> response = Http.exchange(http(), HttpRequest.GET("/api/v1/programs/pain-free-leg-day"));
        assertEquals(HttpStatus.OK, response.getStatus());
        assertTrue(response.header(HttpHeaders.ETAG).matches("\"v\\d+\""));
        Map<String, Object> program = read(response);
        Program builtIn = BuiltInCatalog.PAIN_FREE_LEG_DAY;
        assertEquals(builtIn.name(), program.get("name"));
        assertEquals(Timing.standard().of(builtIn).getSeconds(), ((Number) program.get("totalSeconds")).longValue());
        List<?> sessions = (List<?>) program.get("sessions");
        assertEquals(2, sessions.size());
        Map<?, ?> first = (Map<?, ?>) sessions.get(0);
        assertEquals(List.of("mon"), first.get("days"));
        assertEquals(
                Timing.standard().of(builtIn.sessions().get(0)).getSeconds(),
                ((Number) first.get("totalSeconds")).longValue());
        Map<?, ?> main = (Map<?, ?>) ((List<?>) first.get("phases")).get(1);
        assertEquals("main", main.get("phase"));
        Map<?, ?> squat = (Map<?, ?>) ((List<?>) main.get("steps")).get(0);
        assertEquals("back-squat", squat.get("exercise"));
        assertEquals(8, squat.get("reps"));
        assertEquals("2m", squat.get("rest"));
        assertEquals("catalog-choice", squat.get("doseSource"));
    }

    @Test
    void theListFiltersByTagAndIsSortedByName() throws IOException {
        Map<String, Object> page = read(Http.exchange(http(), HttpRequest.GET("/api/v1/programs?tag=leg-day")));
        List<String> ids = ((List<?>) page.get("items"))
                .stream().map(p -> (String) ((Map<?, ?>) p).get("id")).toList();
        assertTrue(
                ids.containsAll(List.of(
                        "pain-free-leg-day", "quick-leg-day-warm-up", "leg-day-cool-down", "leg-day-with-loads")),
                ids.toString());
        assertTrue(!ids.contains("desk-break"), ids.toString());
        assertEquals(4, ((Number) page.get("total")).intValue(), "the only page shows the total");
        assertEquals(false, page.get("hasNext"));
        Map<String, Object> first = read(Http.exchange(http(), HttpRequest.GET("/api/v1/programs?tag=leg-day&size=2")));
        assertEquals(true, first.get("hasNext"));
        assertFalse(first.containsKey("total"), first.toString());
        Map<String, Object> counted =
                read(Http.exchange(http(), HttpRequest.GET("/api/v1/programs?tag=leg-day&size=2&total=exact")));
        assertEquals(4, ((Number) counted.get("total")).intValue());
        assertEquals(2, ((Number) counted.get("totalPages")).intValue());
        HttpResponse<String> badTag = Http.exchange(http(), HttpRequest.GET("/api/v1/programs?tag=Not%20A%20Slug"));
        assertEquals(HttpStatus.BAD_REQUEST, badTag.getStatus());
    }

    @Test
    void aListIsTaggedByItsContentAndRevalidates() {
        HttpResponse<String> first = Http.exchange(http(), HttpRequest.GET("/api/v1/programs?tag=desk"));
        String etag = first.header(HttpHeaders.ETAG);
        assertTrue(etag != null && etag.startsWith("\""), String.valueOf(etag));
        HttpResponse<String> again = Http.exchange(
                http(), HttpRequest.GET("/api/v1/programs?tag=desk").header(HttpHeaders.IF_NONE_MATCH, etag));
        assertEquals(HttpStatus.NOT_MODIFIED, again.getStatus());
    }

    @Test
    void aWriteThroughTheServiceGivesTheProgramListANewTagAtOnce() {
        String list = "/api/v1/programs?tag=mobility&size=5";
        String etag = Http.exchange(http(), HttpRequest.GET(list)).header(HttpHeaders.ETAG);
        assertEquals(
                HttpStatus.NOT_MODIFIED,
                Http.exchange(http(), HttpRequest.GET(list).header(HttpHeaders.IF_NONE_MATCH, etag))
                        .getStatus());
        DocumentWriter writer = new DocumentWriter();
        Program listed = mobility("listed-mobility", "Listed Mobility");
        Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/programs/listed-mobility", writer.writeProgram(listed))));
        HttpResponse<String> added =
                Http.exchange(http(), HttpRequest.GET(list).header(HttpHeaders.IF_NONE_MATCH, etag));
        assertEquals(HttpStatus.OK, added.getStatus(), "the cached page was forgotten by the write");
        assertTrue(body(added).contains("listed-mobility"), body(added));
        Http.exchange(http(), admin(HttpRequest.DELETE("/api/v1/programs/listed-mobility")));
        HttpResponse<String> removed = Http.exchange(
                http(), HttpRequest.GET(list).header(HttpHeaders.IF_NONE_MATCH, added.header(HttpHeaders.ETAG)));
        assertEquals(HttpStatus.OK, removed.getStatus());
        assertFalse(body(removed).contains("listed-mobility"), body(removed));
    }

    @Test
    void putCreatesReplacesAndRefusesAStaleVersion() throws IOException {
        DocumentWriter writer = new DocumentWriter();
        HttpResponse<String> created = Http.exchange(
                http(),
                admin(HttpRequest.PUT(
                        "/api/v1/programs/morning-mobility",
                        writer.writeProgram(mobility("morning-mobility", "Morning Mobility")))));
        assertEquals(HttpStatus.CREATED, created.getStatus(), body(created));
        assertEquals("\"v1\"", created.header(HttpHeaders.ETAG));
        assertEquals(60 + 30, ((Number) read(created).get("totalSeconds")).intValue());

        HttpResponse<String> replaced = Http.exchange(
                http(),
                admin(HttpRequest.PUT(
                                "/api/v1/programs/morning-mobility",
                                writer.writeProgram(mobility("morning-mobility", "Morning Mobility II")))
                        .header(HttpHeaders.IF_MATCH, "\"v1\"")));
        assertEquals(HttpStatus.OK, replaced.getStatus(), body(replaced));
        assertEquals("\"v2\"", replaced.header(HttpHeaders.ETAG));

        HttpResponse<String> stale = Http.exchange(
                http(),
                admin(HttpRequest.PUT(
                                "/api/v1/programs/morning-mobility",
                                writer.writeProgram(mobility("morning-mobility", "Lost Update")))
                        .header(HttpHeaders.IF_MATCH, "\"v1\"")));
        assertEquals(HttpStatus.PRECONDITION_FAILED, stale.getStatus(), body(stale));
        assertEquals(
                "Morning Mobility II",
                read(Http.exchange(http(), HttpRequest.GET("/api/v1/programs/morning-mobility")))
                        .get("name"));

        HttpResponse<String> unauthorised =
                Http.exchange(http(), HttpRequest.DELETE("/api/v1/programs/morning-mobility"));
        assertEquals(HttpStatus.UNAUTHORIZED, unauthorised.getStatus());
        HttpResponse<String> deleted = Http.exchange(
                http(),
                admin(HttpRequest.DELETE("/api/v1/programs/morning-mobility").header(HttpHeaders.IF_MATCH, "\"v2\"")));
        assertEquals(HttpStatus.NO_CONTENT, deleted.getStatus(), body(deleted));
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/morning-mobility"))
                        .getStatus());
    }

    @Test
    void aProgramReadFromTheServiceCanBeSentBackUnchanged() throws IOException {
        HttpResponse<String> read = Http.exchange(http(), HttpRequest.GET("/api/v1/programs/quick-leg-day-warm-up"));
        assertEquals(HttpStatus.OK, read.getStatus());
        String etag = read.header(HttpHeaders.ETAG);
        HttpResponse<String> written = Http.exchange(
                http(),
                admin(HttpRequest.PUT("/api/v1/programs/quick-leg-day-warm-up", body(read))
                        .header(HttpHeaders.IF_MATCH, etag)));
        assertEquals(HttpStatus.OK, written.getStatus(), body(written));
        assertEquals(BuiltInCatalog.QUICK_LEG_DAY_WARM_UP.name(), read(written).get("name"));
        assertEquals(
                ((Number) read(read).get("totalSeconds")).longValue(),
                ((Number) read(written).get("totalSeconds")).longValue(),
                "nothing changed but the version");
    }

    @Test
    void loadsEffortTempoDistanceAndAmrapAreServedAsWrittenAndTakenBack() throws IOException {
        String body = "{\"id\": \"loaded\", \"name\": \"Loaded\", \"sessions\": [{\"name\": \"S\", \"phases\": ["
                + "{\"phase\": \"main\", \"steps\": ["
                + "{\"exercise\": \"back-squat\", \"reps\": 5, \"sets\": 5, \"rest\": \"3m\", \"tempo\": \"3-1-X-0\","
                + " \"load\": \"225lb\", \"effort\": {\"rpe\": 8.5}},"
                + "{\"exercise\": \"lunge\", \"reps\": 8, \"amrap\": true, \"perSide\": true,"
                + " \"load\": \"bodyweight+10kg\", \"effort\": {\"rir\": 2}},"
                + "{\"exercise\": \"deadlift\", \"reps\": 3, \"load\": \"82.5%\"},"
                + "{\"exercise\": \"leg-swings\", \"distance\": \"1.5km\"}]}]}]}";
        HttpResponse<String> created = Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/programs/loaded", body)));
        assertEquals(HttpStatus.CREATED, created.getStatus(), body(created));
        HttpResponse<String> read = Http.exchange(http(), HttpRequest.GET("/api/v1/programs/loaded"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps =
                (List<Map<String, Object>>) ((Map<String, Object>) ((List<Object>) ((Map<String, Object>)
                                                ((List<Object>) read(read).get("sessions")).get(0))
                                        .get("phases"))
                                .get(0))
                        .get("steps");
        assertEquals("225lb", steps.get(0).get("load"), "a load keeps its unit");
        assertEquals("3-1-X-0", steps.get(0).get("tempo"));
        assertEquals(8.5, ((Number) ((Map<?, ?>) steps.get(0).get("effort")).get("rpe")).doubleValue());
        assertEquals(true, steps.get(1).get("amrap"));
        assertEquals(2, ((Number) ((Map<?, ?>) steps.get(1).get("effort")).get("rir")).intValue());
        assertEquals("bodyweight+10kg", steps.get(1).get("load"));
        assertEquals("82.5%", steps.get(2).get("load"));
        assertEquals("1.5km", steps.get(3).get("distance"));
        // 5 × 5 reps × 5 s (tempo) + 4 × 3 min = 845 s; 8 × 3 s × 2 sides = 48 s; 3 × 3 s = 9 s; 1.5 km at 6 min/km =
        // 540 s.
        assertEquals(845 + 48 + 9 + 540, ((Number) read(read).get("totalSeconds")).longValue());
        HttpResponse<String> again = Http.exchange(
                http(),
                admin(HttpRequest.PUT("/api/v1/programs/loaded", body(read))
                        .header(HttpHeaders.IF_MATCH, read.header(HttpHeaders.ETAG))));
        assertEquals(HttpStatus.OK, again.getStatus(), body(again));
        HttpResponse<String> reread = Http.exchange(http(), HttpRequest.GET("/api/v1/programs/loaded"));
        Map<String, Object> first = read(read);
        Map<String, Object> second = read(reread);
        assertEquals(first.get("sessions"), second.get("sessions"), "what GET answers, PUT takes back unchanged");
    }

    @Test
    void aStepNamingAnUnknownExerciseIsA400PointingAtTheStep() {
        String body = "{\"id\": \"ghost-day\", \"name\": \"Ghost\", \"sessions\": [{\"name\": \"One\", \"phases\":"
                + " [{\"phase\": \"main\", \"steps\": [{\"exercise\": \"no-such-move\", \"reps\": 5}]}]}]}";
        HttpResponse<String> response =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/programs/ghost-day", body)));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
        assertTrue(body(response).contains("\"pointer\":\"/sessions/0/phases/0/steps/0/exercise\""), body(response));
        assertTrue(
                body(response)
                        .contains("\"detail\":\"The body has a problem at /sessions/0/phases/0/steps/0/exercise:"
                                + " unknown exercise no-such-move\""),
                body(response));
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/ghost-day"))
                        .getStatus());
    }

    @Test
    void aPerSideDoseOnABilateralExerciseIsA400PointingAtTheStep() {
        String body = "{\"id\": \"lopsided\", \"name\": \"Lopsided\", \"sessions\": [{\"name\": \"One\", \"phases\":"
                + " [{\"phase\": \"main\", \"steps\": [{\"exercise\": \"back-squat\", \"reps\": 5, \"perSide\": true}]}]}]}";
        HttpResponse<String> response =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/programs/lopsided", body)));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
        assertTrue(body(response).contains("\"pointer\":\"/sessions/0/phases/0/steps/0/perSide\""), body(response));
        assertTrue(body(response).contains("bilateral"), body(response));
    }

    @Test
    void anInvalidProgramIsA400WithPointersIntoTheBody() throws IOException {
        String body = "{\"id\": \"bad-day\", \"name\": \"Bad\", \"sessions\": [{\"name\": \"One\", \"phases\":"
                + " [{\"phase\": \"main\", \"steps\": [{\"exercise\": \"leg-swings\", \"reps\": \"ten\"}]}]}]}";
        HttpResponse<String> response = Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/programs/bad-day", body)));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
        List<?> errors = (List<?>) read(response).get("errors");
        assertEquals(
                "/sessions/0/phases/0/steps/0/reps", ((Map<?, ?>) errors.get(0)).get("pointer"), errors.toString());
    }

    @Test
    void anUnknownProgramIs404NamingTheNearestStoredIds() throws IOException {
        HttpResponse<String> response = Http.exchange(http(), HttpRequest.GET("/api/v1/programs/quick-leg-day"));
        assertEquals(HttpStatus.NOT_FOUND, response.getStatus());
        assertEquals(
                "no program with id quick-leg-day; did you mean quick-leg-day-warm-up?",
                read(response).get("detail"),
                response.body());
    }

    @Test
    void anUnknownProgramIs404() {
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/nothing-here"))
                        .getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), admin(HttpRequest.DELETE("/api/v1/programs/nothing-here")))
                        .getStatus());
    }

    /** As for exercises: a client that accepts only problems on a DELETE gets the problem. */
    @Test
    void aDeleteThatAcceptsOnlyProblemsGetsTheProblem() {
        HttpResponse<String> gone = Http.exchange(
                http(), admin(HttpRequest.DELETE("/api/v1/programs/never-was").accept("application/problem+json")));
        assertEquals(HttpStatus.NOT_FOUND, gone.getStatus(), body(gone));
    }
}
