package dev.limber.apiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.client.ApiClient;
import dev.limber.client.ApiException;
import dev.limber.client.ApiResponse;
import dev.limber.client.api.CardsApi;
import dev.limber.client.api.DeskBreaksApi;
import dev.limber.client.api.ExercisesApi;
import dev.limber.client.api.FindingsApi;
import dev.limber.client.api.ProgramsApi;
import dev.limber.client.api.ServiceApi;
import dev.limber.client.api.TimelinesApi;
import dev.limber.client.api.WarmUpsApi;
import dev.limber.client.model.DeskBreakView;
import dev.limber.client.model.ExerciseKind;
import dev.limber.client.model.ExerciseView;
import dev.limber.client.model.PageViewExerciseView;
import dev.limber.client.model.PageViewProgramView;
import dev.limber.client.model.PhaseKind;
import dev.limber.client.model.Problem;
import dev.limber.client.model.ProgramView;
import dev.limber.client.model.ProgramViewPhaseView;
import dev.limber.client.model.ProgramViewSessionView;
import dev.limber.client.model.ProgramViewStepView;
import dev.limber.client.model.ReportView;
import dev.limber.client.model.SegmentKind;
import dev.limber.client.model.Severity;
import dev.limber.client.model.Target;
import dev.limber.client.model.TimelineView;
import dev.limber.client.model.WarmUpRequest;
import dev.limber.client.model.WarmUpView;
import dev.limber.persistence.TestDatabases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * The service as an app developer meets it: through a Java client that OpenAPI Generator made
 * from the document the api module built (and serves as /openapi.yml), against the real service
 * on an in-memory H2 database. Every call of the HTTP API is made through the generated client;
 * what it reads is compared with the raw JSON, so a field the document forgot would show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientTest {
    private static final String TOKEN = "client-test-token";

    private EmbeddedServer server;
    private ApiClient open;
    private ApiClient admin;
    private final ObjectMapper json = ApiClient.createDefaultObjectMapper();
    private final HttpClient raw = HttpClient.newHttpClient();

    @BeforeAll
    void startTheService() {
        Map<String, Object> properties = new HashMap<>(TestDatabases.h2());
        properties.put("limber.admin-token", TOKEN);
        properties.put("micronaut.server.port", -1);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        open = client();
        admin = client();
        admin.setRequestInterceptor(request -> request.setHeader("Authorization", "Bearer " + TOKEN));
    }

    @AfterAll
    void stopTheService() {
        server.close();
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.getURL().toString());
        return client;
    }

    @Test
    void readsAnExerciseWithEveryField() throws Exception {
        ExerciseView legSwings = new ExercisesApi(open).getExercise("leg-swings", null);
        assertEquals("Leg Swings", legSwings.getName());
        assertEquals(ExerciseKind.DYNAMIC, legSwings.getKind());
        assertTrue(legSwings.getPrimary().contains(Target.HAMSTRINGS), legSwings.toString());
        assertEquals("Limber built-in catalog", legSwings.getSource().getOrigin());
        // Issue 14: equipment is a list (empty: nothing needed, equipmentKnown left out), media a list.
        assertEquals(List.of(), legSwings.getEquipment());
        assertEquals(null, legSwings.getEquipmentKnown());
        assertEquals(List.of(), legSwings.getMedia());
        assertEveryFieldArrives("/api/v1/exercises/leg-swings", legSwings);
    }

    @Test
    void listsFiltersAndPagesExercises() throws Exception {
        ExercisesApi exercises = new ExercisesApi(open);
        PageViewExerciseView first =
                exercises.listExercises(null, ExerciseKind.DYNAMIC, null, null, 0, 2, "exact", null);
        assertEquals(2, first.getItems().size());
        assertEquals(2, first.getSize());
        assertTrue(first.getTotal() > 2, first.toString());
        assertTrue(first.getHasNext(), first.toString());
        first.getItems().forEach(exercise -> assertEquals(ExerciseKind.DYNAMIC, exercise.getKind()));
        PageViewExerciseView second = exercises.listExercises(null, ExerciseKind.DYNAMIC, null, null, 1, 2, null, null);
        assertEquals(1, second.getPage());
        assertFalse(first.getItems().contains(second.getItems().get(0)));
        PageViewExerciseView hamstrings =
                exercises.listExercises(null, null, Target.HAMSTRINGS, "swing", null, null, null, null);
        assertEquals(
                List.of("leg-swings"),
                hamstrings.getItems().stream().map(ExerciseView::getId).toList());
        assertEveryFieldArrives("/api/v1/exercises?kind=dynamic&page=0&size=2&total=exact", first);
        assertEquals(
                List.of(),
                exercises
                        .listExercises(null, null, null, null, null, null, null, "leg-swings")
                        .getItems(),
                "no built-in exercise is a variation of leg swings");
    }

    @Test
    void readsAndListsPrograms() throws Exception {
        ProgramsApi programs = new ProgramsApi(open);
        ProgramView quick = programs.getProgram("quick-leg-day-warm-up", null);
        ProgramViewStepView firstStep =
                quick.getSessions().get(0).getPhases().get(0).getSteps().get(0);
        assertEquals("leg-swings", firstStep.getExercise());
        assertEquals("30s", firstStep.getDuration());
        assertEquals(true, firstStep.getPerSide());
        assertEquals(330L, quick.getTotalSeconds());
        assertEveryFieldArrives("/api/v1/programs/quick-leg-day-warm-up", quick);

        PageViewProgramView legDay = programs.listPrograms(null, "leg-day", 0, 20, null);
        assertTrue(
                legDay.getItems().stream().anyMatch(p -> p.getId().equals("quick-leg-day-warm-up")), legDay.toString());
        legDay.getItems().forEach(p -> assertTrue(p.getTags().contains("leg-day")));
        assertEveryFieldArrives("/api/v1/programs?tag=leg-day&page=0&size=20", legDay);
    }

    @Test
    void writesExercisesAndProgramsConditionallyAndRefusesAsProblems() throws Exception {
        ExercisesApi exercises = new ExercisesApi(admin);
        ExerciseView catCow = new ExerciseView()
                .id("client-cat-cow")
                .name("Cat-Cow")
                .kind(ExerciseKind.MOBILITY)
                .primary(List.of(Target.SPINE))
                .cues(List.of("Move with the breath"));
        ApiResponse<ExerciseView> created = exercises.putExerciseWithHttpInfo("client-cat-cow", catCow, null, "*");
        assertEquals(201, created.getStatusCode());
        assertEquals(List.of("\"v1\""), created.getHeaders().get("etag"));
        assertEquals(List.of(), created.getData().getEquipment(), "nothing needed: an empty list (issue 14)");

        ApiResponse<ExerciseView> replaced = exercises.putExerciseWithHttpInfo(
                "client-cat-cow", created.getData().name("Cat-Cow Flow"), "\"v1\"", null);
        assertEquals(200, replaced.getStatusCode());
        assertEquals(List.of("\"v2\""), replaced.getHeaders().get("etag"));
        assertProblem(
                412, "precondition-failed", () -> exercises.putExercise("client-cat-cow", catCow, "\"v1\"", null));
        assertProblem(412, "precondition-failed", () -> exercises.putExercise("client-cat-cow", catCow, null, "*"));
        assertProblem(
                401, "unauthorized", () -> new ExercisesApi(open).putExercise("client-cat-cow", catCow, null, null));

        ProgramsApi programs = new ProgramsApi(admin);
        ProgramView flow = new ProgramView()
                .id("client-flow")
                .name("Client Flow")
                .tags(List.of("client"))
                .addSessionsItem(new ProgramViewSessionView()
                        .name("Morning")
                        .addPhasesItem(new ProgramViewPhaseView()
                                .phase(PhaseKind.MAIN)
                                .addStepsItem(new ProgramViewStepView()
                                        .exercise("client-cat-cow")
                                        .reps(10))));
        ProgramView stored = programs.putProgram("client-flow", flow, null, null);
        assertEquals(
                1,
                stored.getSessions().get(0).getPhases().get(0).getSteps().get(0).getSets());
        // What a client read can be sent back as it is.
        ProgramView readBack = programs.getProgram("client-flow", null);
        assertEquals(
                200,
                programs.putProgramWithHttpInfo("client-flow", readBack, "\"v1\"", null)
                        .getStatusCode());

        Problem inUse = assertProblem(409, "in-use", () -> exercises.deleteExercise("client-cat-cow", null));
        assertEquals(List.of("client-flow"), inUse.getPrograms());
        assertProblem(
                400,
                "invalid-program",
                () -> programs.putProgram(
                        "client-ghost",
                        new ProgramView()
                                .id("client-ghost")
                                .name("Ghost")
                                .addSessionsItem(new ProgramViewSessionView()
                                        .name("S")
                                        .addPhasesItem(new ProgramViewPhaseView()
                                                .phase(PhaseKind.MAIN)
                                                .addStepsItem(new ProgramViewStepView()
                                                        .exercise("ghost-move")
                                                        .reps(5)))),
                        null,
                        null));

        assertProblem(412, "precondition-failed", () -> programs.deleteProgram("client-flow", "\"v1\""));
        programs.deleteProgram("client-flow", "\"v2\"");
        exercises.deleteExercise("client-cat-cow", "\"v2\"");
        assertProblem(404, "not-found", () -> exercises.getExercise("client-cat-cow", null));
        assertProblem(404, "not-found", () -> exercises.deleteExercise("client-cat-cow", null));
    }

    @Test
    void findingsOfAStoredAndOfASentProgram() throws Exception {
        FindingsApi findings = new FindingsApi(open);
        ReportView stored = findings.getProgramFindings("pain-free-leg-day", null, null);
        assertEquals("pain-free-leg-day", stored.getProgram());
        assertEveryFieldArrives("/api/v1/programs/pain-free-leg-day/findings", stored);

        ProgramView risky = new ProgramView()
                .id("risky")
                .name("Risky")
                .addSessionsItem(new ProgramViewSessionView()
                        .name("Legs")
                        .addPhasesItem(new ProgramViewPhaseView()
                                .phase(PhaseKind.WARM_UP)
                                .addStepsItem(new ProgramViewStepView()
                                        .exercise("reclining-single-leg-stretch")
                                        .duration("1m")
                                        .perSide(true)))
                        .addPhasesItem(new ProgramViewPhaseView()
                                .phase(PhaseKind.MAIN)
                                .addStepsItem(new ProgramViewStepView()
                                        .exercise("back-squat")
                                        .reps(8)
                                        .sets(3))));
        ReportView sent = findings.checkProgram(risky, null);
        assertFalse(sent.getPasses(), sent.toString());
        assertTrue(
                sent.getFindings().stream()
                        .anyMatch(f -> f.getSeverity() == Severity.WARNING || f.getSeverity() == Severity.ERROR),
                sent.toString());
        assertEquals(PhaseKind.WARM_UP, sent.getFindings().get(0).getLocation().getPhase());
        assertHolds(json.readTree(post("/api/v1/findings", json.writeValueAsString(risky))), sent);
        assertProblem(
                400,
                "invalid-body",
                () -> findings.checkProgram(new ProgramView().id("x").name("X"), null));
    }

    @Test
    void aSessionsTimeline() throws Exception {
        TimelineView timeline = new TimelinesApi(open).getProgramTimeline("quick-leg-day-warm-up", null, null);
        assertEquals(SegmentKind.GET_READY, timeline.getSegments().get(0).getKind());
        assertTrue(timeline.getSegments().stream().anyMatch(s -> s.getKind() == SegmentKind.SWITCH_SIDES));
        assertEveryFieldArrives("/api/v1/programs/quick-leg-day-warm-up/timeline", timeline);
        assertProblem(
                404,
                "not-found",
                () -> new TimelinesApi(open).getProgramTimeline("quick-leg-day-warm-up", null, "Nope"));
    }

    /**
     * The card in each format, through generated clients. The "native" client reads the plain-text
     * card (its Accept lists text/plain first) but no other text type; the client of library
     * "apache-httpclient" (package dev.limber.client.text, see the pom) reads any text type, with
     * the format asked for in the call's Accept header.
     */
    @Test
    void theCardInEachFormat() throws Exception {
        String text = new CardsApi(open).getProgramCard("quick-leg-day-warm-up", null, null);
        List<String> steps = stepNames("quick-leg-day-warm-up");
        assertFalse(steps.isEmpty());
        steps.forEach(step -> assertTrue(text.contains(step), step + " in\n" + text));
        ApiClient markdownThroughNative = client();
        markdownThroughNative.setRequestInterceptor(request -> request.setHeader("Accept", "text/markdown"));
        RuntimeException notTextPlain = assertThrows(
                RuntimeException.class,
                () -> new CardsApi(markdownThroughNative).getProgramCard("quick-leg-day-warm-up", null, null));
        assertTrue(notTextPlain.getMessage().contains("text/plain"), notTextPlain.getMessage());

        dev.limber.client.text.api.CardsApi cards = new dev.limber.client.text.api.CardsApi(textClient());
        String markdown = cards.getProgramCard("quick-leg-day-warm-up", null, null, accept("text/markdown"));
        assertTrue(markdown.startsWith("# "), markdown);
        steps.forEach(step -> assertTrue(markdown.contains(step), step + " in\n" + markdown));
        String html = cards.getProgramCard("quick-leg-day-warm-up", null, null, accept("text/html"));
        assertTrue(html.contains("@page"), html);
        steps.forEach(step -> assertTrue(html.contains(step), step + " in\n" + html));
        assertEquals(text, cards.getProgramCard("quick-leg-day-warm-up", null, null, accept("text/plain")));

        // Its Accept without one of ours is the JSON type it finds among the offered ones
        // (application/problem+json), which no card is: docs/http-api.md tells client authors.
        assertCardProblem(406, "not-acceptable", () -> cards.getProgramCard("quick-leg-day-warm-up", null, null));
        assertCardProblem(
                406,
                "not-acceptable",
                () -> cards.getProgramCard("quick-leg-day-warm-up", null, null, accept("application/json")));
        assertCardProblem(
                404, "not-found", () -> cards.getProgramCard("no-such-program", null, null, accept("text/markdown")));
        assertProblem(404, "not-found", () -> new CardsApi(open).getProgramCard("no-such-program", null, null));
    }

    private dev.limber.client.text.ApiClient textClient() {
        dev.limber.client.text.ApiClient client = new dev.limber.client.text.ApiClient();
        client.setBasePath(server.getURL().toString());
        return client;
    }

    private static Map<String, String> accept(String type) {
        return Map.of("Accept", type);
    }

    /** The names of a stored program's exercises, in the order its card lists them. */
    private List<String> stepNames(String program) throws ApiException {
        ExercisesApi exercises = new ExercisesApi(open);
        List<String> names = new ArrayList<>();
        for (ProgramViewSessionView session :
                new ProgramsApi(open).getProgram(program, null).getSessions()) {
            for (ProgramViewPhaseView phase : session.getPhases()) {
                for (ProgramViewStepView step : phase.getSteps()) {
                    List<ProgramViewStepView> inner = step.getSteps() == null ? List.of(step) : step.getSteps();
                    for (ProgramViewStepView one : inner) {
                        names.add(exercises.getExercise(one.getExercise(), null).getName());
                    }
                }
            }
        }
        return names;
    }

    @Test
    void aWarmUpForAreasAndForASession() throws Exception {
        WarmUpsApi warmUps = new WarmUpsApi(open);
        WarmUpRequest forAreas = new WarmUpRequest()
                .targets(List.of(Target.HAMSTRINGS, Target.GLUTES, Target.HIPS))
                .minMinutes(5)
                .maxMinutes(10);
        WarmUpView built = warmUps.buildWarmUp(forAreas);
        assertEquals(PhaseKind.WARM_UP, built.getPhase());
        assertTrue(built.getCovered().containsAll(List.of(Target.HAMSTRINGS, Target.GLUTES)), built.toString());
        assertFalse(built.getSteps().isEmpty());
        assertHolds(json.readTree(post("/api/v1/warm-ups", json.writeValueAsString(forAreas))), built);
        WarmUpView forSession = warmUps.buildWarmUp(
                new WarmUpRequest().program("pain-free-leg-day").session("Leg day"));
        assertFalse(forSession.getSteps().isEmpty());
        Problem neither = assertProblem(400, "invalid-body", () -> warmUps.buildWarmUp(new WarmUpRequest()));
        assertEquals("", neither.getErrors().get(0).getPointer());
        assertProblem(404, "not-found", () -> warmUps.buildWarmUp(new WarmUpRequest().program("no-such-program")));
    }

    @Test
    void deskBreaksAsJson() throws Exception {
        DeskBreaksApi deskBreaks = new DeskBreaksApi(open);
        DeskBreakView plan = deskBreaks.planDeskBreaks(null, "09:00", "17:00", "45m", null);
        assertEquals("45m", plan.getEvery());
        assertFalse(plan.getBreaks().isEmpty());
        assertFalse(plan.getRoutine().getSteps().isEmpty());
        assertEveryFieldArrives("/api/v1/desk-breaks?start=09:00&end=17:00&every=45m", plan);
        Problem tooOften =
                assertProblem(400, "invalid-parameter", () -> deskBreaks.planDeskBreaks(null, null, null, "5m", null));
        assertEquals("every", tooOften.getErrors().get(0).getPointer());
    }

    @Test
    void errorsArriveAsTypedProblems() throws Exception {
        ExercisesApi exercises = new ExercisesApi(open);
        Problem notFound = assertProblem(404, "not-found", () -> exercises.getExercise("ghost-move", null));
        assertEquals("Not Found", notFound.getTitle());
        Problem badSize = assertProblem(
                400, "invalid-value", () -> exercises.listExercises(null, null, null, null, 0, 1000, null, null));
        assertEquals("size", badSize.getErrors().get(0).getPointer());
        assertEquals("pong", new ServiceApi(open).ping());
    }

    @Test
    void aCopyStillCurrentIsNotSentAgain() throws Exception {
        ApiResponse<ExerciseView> first = new ExercisesApi(open).getExerciseWithHttpInfo("leg-swings", null);
        String etag = first.getHeaders().get("etag").get(0);
        ApiException notModified =
                assertThrows(ApiException.class, () -> new ExercisesApi(open).getExercise("leg-swings", etag));
        assertEquals(304, notModified.getCode());
    }

    /** The problem the service answered, read into the generated Problem model. */
    private Problem assertProblem(int status, String type, Executable call) throws IOException {
        ApiException refused = assertThrows(ApiException.class, call);
        assertEquals(status, refused.getCode(), refused.getResponseBody());
        assertEquals(
                "application/problem+json",
                refused.getResponseHeaders()
                        .firstValue("content-type")
                        .orElse("")
                        .split(";")[0]);
        Problem problem = json.readValue(refused.getResponseBody(), Problem.class);
        assertEquals("urn:limber:problem:" + type, problem.getType(), refused.getResponseBody());
        assertEquals(status, problem.getStatus());
        return problem;
    }

    /** The same, for the text client (it has no models: the Problem model is the first client's). */
    private void assertCardProblem(int status, String type, Executable call) throws IOException {
        dev.limber.client.text.ApiException refused = assertThrows(dev.limber.client.text.ApiException.class, call);
        assertEquals(status, refused.getCode(), refused.getResponseBody());
        String contentType = refused.getResponseHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("content-type"))
                .map(header -> header.getValue().get(0))
                .findFirst()
                .orElse("");
        assertEquals("application/problem+json", contentType.split(";")[0]);
        Problem problem = json.readValue(refused.getResponseBody(), Problem.class);
        assertEquals("urn:limber:problem:" + type, problem.getType(), refused.getResponseBody());
        assertEquals(status, problem.getStatus());
    }

    /** What the client's model holds, written back as JSON, is what the service sent: no field is lost. */
    private void assertEveryFieldArrives(String path, Object model) throws Exception {
        assertHolds(json.readTree(get(path, "application/json")), model);
    }

    private void assertHolds(JsonNode sent, Object model) {
        JsonNode held = json.valueToTree(model);
        // 330 read as an int and held as a long are the same number.
        Comparator<JsonNode> sameValue = (a, b) ->
                a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        assertTrue(sent.equals(sameValue, held), "sent: " + sent + "\n held: " + held);
    }

    private String get(String path, String accept) throws Exception {
        HttpResponse<String> response = raw.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private String post(String path, String body) throws Exception {
        HttpResponse<String> response = raw.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
