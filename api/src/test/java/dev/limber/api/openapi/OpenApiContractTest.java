package dev.limber.api.openapi;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.problem.Problem;
import dev.limber.api.support.Http;
import dev.limber.domain.Named;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.rules.Severity;
import dev.limber.domain.timeline.SegmentKind;
import dev.limber.domain.timeline.Side;
import dev.limber.formats.duration.DurationText;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * What a generated client relies on, read from the served /openapi.yml: operations named for what
 * they do, tagged and described; who may call them; every error a problem; fields required only
 * when always sent; closed sets as the domain's enums.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class OpenApiContractTest implements TestPropertyProvider {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete");

    @Inject
    @Client("/")
    HttpClient client;

    Map<String, Object> document;
    /** "METHOD /path" to its operation. */
    Map<String, Map<String, Object>> operations = new LinkedHashMap<>();

    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }

    @BeforeAll
    void readTheServedDocument() {
        document = new Yaml().load(body(Http.exchange(client.toBlocking(), HttpRequest.GET("/openapi.yml"))));
        ((Map<String, Object>) document.get("paths"))
                .forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.put(method.toUpperCase() + " " + path, (Map<String, Object>) operation);
                    }
                }));
    }

    @Test
    void operationsAreNamedForWhatTheyDo() {
        Map<String, String> ids = new LinkedHashMap<>();
        operations.forEach((operation, body) -> ids.put(operation, (String) body.get("operationId")));
        assertEquals(
                Map.ofEntries(
                        Map.entry("GET /api/v1/exercises", "listExercises"),
                        Map.entry("GET /api/v1/exercises/{id}", "getExercise"),
                        Map.entry("PUT /api/v1/exercises/{id}", "putExercise"),
                        Map.entry("DELETE /api/v1/exercises/{id}", "deleteExercise"),
                        Map.entry("GET /api/v1/programs", "listPrograms"),
                        Map.entry("GET /api/v1/programs/{id}", "getProgram"),
                        Map.entry("PUT /api/v1/programs/{id}", "putProgram"),
                        Map.entry("DELETE /api/v1/programs/{id}", "deleteProgram"),
                        Map.entry("GET /api/v1/programs/{id}/findings", "getProgramFindings"),
                        Map.entry("POST /api/v1/findings", "checkProgram"),
                        Map.entry("GET /api/v1/programs/{id}/timeline", "getProgramTimeline"),
                        Map.entry("POST /api/v1/timelines", "buildTimeline"),
                        Map.entry("GET /api/v1/programs/{id}/card", "getProgramCard"),
                        Map.entry("POST /api/v1/warm-ups", "buildWarmUp"),
                        Map.entry("POST /api/v1/ramp-ups", "buildRampUp"),
                        Map.entry("GET /api/v1/programs/{id}/plan", "planProgramWeek"),
                        Map.entry("GET /api/v1/desk-breaks", "planDeskBreaks"),
                        Map.entry("GET /api/v1/ping", "ping")),
                ids);
    }

    @Test
    void everyOperationHasATagASummaryAndADescription() {
        Set<String> declared = new TreeSet<>();
        ((List<Map<String, Object>>) document.get("tags")).forEach(tag -> declared.add((String) tag.get("name")));
        operations.forEach((operation, body) -> {
            List<String> tags = (List<String>) body.get("tags");
            assertTrue(tags != null && tags.size() == 1 && declared.contains(tags.get(0)), operation + " tags " + tags);
            assertFalse(String.valueOf(body.get("summary")).isBlank(), operation);
            assertTrue(body.get("description") instanceof String, operation + " has no description");
        });
        assertEquals(
                Set.of(
                        "exercises",
                        "programs",
                        "findings",
                        "timelines",
                        "cards",
                        "warm-ups",
                        "ramp-ups",
                        "desk-breaks",
                        "service"),
                declared);
    }

    @Test
    void writesNeedTheBearerTokenAndReadsSayTheyAreOpen() {
        Map<String, Object> schemes = (Map<String, Object>) components().get("securitySchemes");
        assertEquals(Map.of("type", "http", "scheme", "bearer"), withoutDescription((Map<String, Object>)
                schemes.get("admin")));
        operations.forEach((operation, body) -> {
            boolean write = operation.startsWith("PUT ") || operation.startsWith("DELETE ");
            Object security = body.get("security");
            assertEquals(write ? List.of(Map.of("admin", List.of())) : List.of(), security, operation);
            Map<String, Object> responses = (Map<String, Object>) body.get("responses");
            assertEquals(write, responses.containsKey("401"), operation + " 401 only on writes: " + responses.keySet());
        });
        assertFalse(((List<Object>) document.get("servers")).isEmpty());
    }

    @Test
    void everyErrorAnOperationCanAnswerIsAProblem() {
        Map<String, Object> responses = (Map<String, Object>) components().get("responses");
        operations.forEach((operation, body) -> {
            Map<String, Object> answers = (Map<String, Object>) body.get("responses");
            assertTrue(answers.keySet().stream().anyMatch(status -> status.startsWith("4")), operation);
            answers.forEach((status, answer) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    String ref = (String) ((Map<String, Object>) answer).get("$ref");
                    assertTrue(ref != null, operation + " " + status + " is not a shared problem response");
                    Map<String, Object> shared =
                            (Map<String, Object>) responses.get(ref.substring(ref.lastIndexOf('/') + 1));
                    Map<String, Object> content = (Map<String, Object>) shared.get("content");
                    assertEquals(Set.of("application/problem+json"), content.keySet(), operation + " " + status);
                    assertEquals(
                            "#/components/schemas/Problem",
                            ((Map<String, Object>) ((Map<String, Object>) content.get("application/problem+json"))
                                            .get("schema"))
                                    .get("$ref"));
                }
            });
        });
        Set<String> stored = Set.of("GET /api/v1/exercises/{id}", "GET /api/v1/programs/{id}");
        for (String operation : stored) {
            assertTrue(statuses(operation).containsAll(Set.of("304", "400", "404", "503")), operation);
        }
        for (String write : List.of("PUT /api/v1/exercises/{id}", "PUT /api/v1/programs/{id}")) {
            assertTrue(statuses(write).containsAll(Set.of("400", "401", "409", "412", "413", "415", "503")), write);
        }
        assertTrue(statuses("DELETE /api/v1/exercises/{id}").containsAll(Set.of("401", "404", "409", "412")));
    }

    @Test
    void theProblemSchemaIsWhatTheServiceWrites() {
        Map<String, Object> problem = schema("Problem");
        assertEquals(components(Problem.class), ((Map<String, Object>) problem.get("properties")).keySet());
        assertEquals(Set.of("type", "title", "status"), Set.copyOf((List<String>) problem.get("required")));
        assertEquals(
                components(Problem.FieldError.class),
                ((Map<String, Object>) schema("FieldError").get("properties")).keySet());
    }

    @Test
    void closedSetsAreTheDomainsEnums() {
        assertEnum("ExerciseKind", ExerciseKind.class);
        assertEnum("Laterality", Laterality.class);
        assertEnum("Target", Target.class);
        assertEnum("PhaseKind", PhaseKind.class);
        assertEnum("DoseSource", DoseSource.class);
        assertEnum("Severity", Severity.class);
        assertEnum("SegmentKind", SegmentKind.class);
        assertEnum("Side", Side.class);
        assertEnum("Level", dev.limber.domain.exercise.Level.class);
        assertEnum("Mechanic", dev.limber.domain.exercise.Mechanic.class);
        assertEnum("Force", dev.limber.domain.exercise.Force.class);
        for (String named : List.of("level", "mechanic", "force")) {
            String schema = Character.toUpperCase(named.charAt(0)) + named.substring(1);
            assertEquals(
                    "#/components/schemas/" + schema,
                    property("ExerciseView", named).get("$ref"),
                    named);
        }
        assertEquals(
                "#/components/schemas/ExerciseKind",
                property("ExerciseView", "kind").get("$ref"));
        assertEquals(
                "#/components/schemas/Laterality",
                property("ExerciseView", "laterality").get("$ref"));
        assertEquals(
                "#/components/schemas/PhaseKind",
                property("ProgramView.PhaseView", "phase").get("$ref"));
        assertEquals(
                "#/components/schemas/Severity",
                property("ReportView.FindingView", "severity").get("$ref"));
        assertEquals(
                "#/components/schemas/SegmentKind",
                property("TimelineView.SegmentView", "kind").get("$ref"));
        // List items name the enum alone (no allOf restating its type, which typescript-fetch mangles).
        for (String list : List.of("primary", "secondary")) {
            assertEquals(
                    Map.of("$ref", "#/components/schemas/Target"),
                    property("ExerciseView", list).get("items"),
                    list);
        }
        assertEquals(
                Map.of("$ref", "#/components/schemas/Target"),
                property("WarmUpView", "covered").get("items"));
    }

    @Test
    void durationsCarryTheGrammarsPattern() {
        Pattern pattern = Pattern.compile((String) schema("Duration").get("pattern"));
        for (Duration duration :
                List.of(Duration.ofSeconds(30), Duration.ofSeconds(90), Duration.ofHours(2), Duration.ZERO)) {
            String written = DurationText.write(duration);
            assertTrue(pattern.matcher(written).find(), written);
            assertEquals(duration, DurationText.parse(written));
        }
        assertFalse(pattern.matcher("1m30").find());
        for (String field : List.of("duration", "rest", "hold")) {
            assertEquals(
                    "#/components/schemas/Duration",
                    property("ProgramView.StepView", field).get("$ref"),
                    field);
        }
    }

    /**
     * A field is required only when the service always sends it and a client writing the same
     * shape back must send it too; everything the service may leave out is optional.
     */
    @Test
    void onlyFieldsThatAreAlwaysThereAreRequired() {
        assertEquals(Set.of("id", "name", "kind", "primary"), required("ExerciseView"));
        assertEquals(Set.of("origin", "license"), required("ExerciseView.SourceView"));
        assertEquals(Set.of("id", "name", "sessions"), required("ProgramView"));
        assertEquals(Set.of("name", "phases"), required("ProgramView.SessionView"));
        assertEquals(Set.of("phase", "steps"), required("ProgramView.PhaseView"));
        // An exercise step or a circuit: no field is in both.
        assertEquals(Set.of(), required("ProgramView.StepView"));
        assertEquals(Set.of("start", "end", "kind", "phase", "label"), required("TimelineView.SegmentView"));
        assertEquals(Set.of("description"), required("ReportView.LocationView"));
        assertEquals(Set.of(), required("WarmUpRequest"));
        assertEquals(true, property("ProgramView", "totalSeconds").get("readOnly"));
    }

    private void assertEnum(String name, Class<? extends Named> type) {
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(Named::externalName).toList();
        assertEquals(names, schema(name).get("enum"), name);
    }

    private Set<String> statuses(String operation) {
        return ((Map<String, Object>) operations.get(operation).get("responses")).keySet();
    }

    private Map<String, Object> components() {
        return (Map<String, Object>) document.get("components");
    }

    private Map<String, Object> schema(String name) {
        Map<String, Object> schema =
                (Map<String, Object>) ((Map<String, Object>) components().get("schemas")).get(name);
        assertTrue(schema != null, "no schema " + name);
        return schema;
    }

    private Map<String, Object> property(String schema, String name) {
        return (Map<String, Object>) ((Map<String, Object>) schema(schema).get("properties")).get(name);
    }

    private Set<String> required(String schema) {
        List<String> required = (List<String>) schema(schema).get("required");
        return required == null ? Set.of() : Set.copyOf(required);
    }

    private static Set<String> components(Class<? extends Record> type) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static Map<String, Object> withoutDescription(Map<String, Object> scheme) {
        Map<String, Object> copy = new LinkedHashMap<>(scheme);
        copy.remove("description");
        return copy;
    }
}
