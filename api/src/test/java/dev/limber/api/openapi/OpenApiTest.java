package dev.limber.api.openapi;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document generated at build time describes every route, and is served with Swagger UI. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest implements TestPropertyProvider {
    /**
     * Routes that are deliberately not in the spec: the spec and its viewer themselves, and the
     * management health endpoint, which micronaut-openapi does not see (it is compiled in a
     * library, not by this module's annotation processor); docs/http-api.md documents it.
     */
    /**
     * The document itself, the operators' endpoints (docs/operations.md) and the web page's
     * home (docs/web.md), not the API's.
     */
    private static final Set<String> UNDOCUMENTED = Set.of(
            "GET /openapi.yml", "GET /swagger-ui", "GET /health", "GET /health/{selector}", "GET /prometheus", "GET /");

    @Inject
    Router router;

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }

    BlockingHttpClient http() {
        return client.toBlocking();
    }

    /** Every "METHOD /path" the generated documents under META-INF/swagger describe. */
    @SuppressWarnings("unchecked")
    static Set<String> documentedOperations() throws IOException, URISyntaxException {
        URL folder = OpenApiTest.class.getClassLoader().getResource("META-INF/swagger");
        assertTrue(folder != null, "no META-INF/swagger on the classpath: micronaut-openapi did not run");
        Set<String> operations = new HashSet<>();
        List<Path> specs;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            specs = files.filter(f -> f.toString().endsWith(".yml")).toList();
        }
        assertFalse(specs.isEmpty());
        for (Path spec : specs) {
            try (InputStream in = Files.newInputStream(spec)) {
                Map<String, Object> document = new Yaml().load(in);
                Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
                paths.forEach((path, methods) -> methods.keySet()
                        .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
            }
        }
        return operations;
    }

    @Test
    void everyRouteOfTheServiceIsInTheGeneratedDocument() throws Exception {
        Set<String> documented = documentedOperations();
        List<String> routes = new ArrayList<>();
        // HEAD is answered for every GET route and described by it.
        router.uriRoutes()
                .forEach(route -> routes.add(route.getHttpMethodName().replace("HEAD", "GET") + " "
                        + route.getUriMatchTemplate().toPathString()));
        assertTrue(routes.size() >= 15, routes.toString());
        List<String> missing = routes.stream()
                .filter(route -> !documented.contains(route) && !UNDOCUMENTED.contains(route))
                .toList();
        assertEquals(List.of(), missing, "routes missing from the OpenAPI document; documented: " + documented);
        assertTrue(
                documented.containsAll(List.of(
                        "GET /api/v1/exercises",
                        "PUT /api/v1/exercises/{id}",
                        "POST /api/v1/warm-ups",
                        "GET /api/v1/desk-breaks",
                        "GET /api/v1/programs/{id}/card")),
                documented.toString());
    }

    /**
     * Operations that answer an {@code HttpResponse<T>} (for its headers, ETag, status) are
     * described by their view, not by the framework's response type and its internals.
     */
    @Test
    @SuppressWarnings("unchecked")
    void operationsAreDescribedByTheirViewsNotByFrameworkTypes() throws Exception {
        Map<String, Object> document = servedDocument();
        Map<String, Object> schemas =
                (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        List<String> internal = schemas.keySet().stream()
                .filter(name -> name.startsWith("HttpResponse")
                        || name.startsWith("Mutable")
                        || name.contains("ConversionService")
                        || name.startsWith("Convertible")
                        || name.equals("Cookies")
                        || name.equals("Cookie")
                        || name.equals("HttpHeaders")
                        || name.equals("Headers")
                        || name.equals("AttributeHolder"))
                .toList();
        assertEquals(List.of(), internal, "framework types described as schemas: " + schemas.keySet());
        assertEquals("#/components/schemas/ExerciseView", schemaOf(document, "/api/v1/exercises/{id}", "get", "200"));
        assertEquals("#/components/schemas/ProgramView", schemaOf(document, "/api/v1/programs/{id}", "get", "200"));
        for (String path : List.of("/api/v1/exercises/{id}", "/api/v1/programs/{id}")) {
            String view = path.contains("exercises") ? "ExerciseView" : "ProgramView";
            assertEquals("#/components/schemas/" + view, schemaOf(document, path, "put", "200"));
            assertEquals("#/components/schemas/" + view, schemaOf(document, path, "put", "201"));
            Map<String, Object> deleted = responses(document, path, "delete");
            assertTrue(deleted.containsKey("204"), path + " DELETE: " + deleted);
            assertFalse(deleted.containsKey("200"), path + " DELETE: " + deleted);
        }
        assertEquals("#/components/schemas/DeskBreakView", schemaOf(document, "/api/v1/desk-breaks", "get", "200"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> servedDocument() {
        return new Yaml().load(body(Http.exchange(http(), HttpRequest.GET("/openapi.yml"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Object> document, String path, String method) {
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get(method);
        return (Map<String, Object>) operation.get("responses");
    }

    @SuppressWarnings("unchecked")
    private static String schemaOf(Map<String, Object> document, String path, String method, String status) {
        Map<String, Object> response =
                (Map<String, Object>) responses(document, path, method).get(status);
        assertTrue(response != null, method + " " + path + " has no " + status + " response");
        Map<String, Object> content = (Map<String, Object>) response.get("content");
        Map<String, Object> json = (Map<String, Object>) content.get("application/json");
        return String.valueOf(((Map<String, Object>) json.get("schema")).get("$ref"));
    }

    @Test
    void onlyTheHealthEndpointOfManagementIsServed() {
        for (String internal : List.of("/beans", "/routes", "/flyway", "/threaddump", "/info", "/env", "/loggers")) {
            assertEquals(
                    HttpStatus.NOT_FOUND,
                    Http.exchange(http(), HttpRequest.GET(internal)).getStatus(),
                    internal);
        }
    }

    @Test
    void theDocumentIsServedAtOpenapiYmlAndSwaggerUiShowsIt() {
        HttpResponse<String> spec = Http.exchange(http(), HttpRequest.GET("/openapi.yml"));
        assertEquals(HttpStatus.OK, spec.getStatus());
        assertTrue(body(spec).startsWith("openapi: "), body(spec));
        assertTrue(body(spec).contains("/api/v1/programs/{id}/timeline"));
        // What .ci/run lints (the built file) is what is served, byte for byte.
        try (InputStream built =
                OpenApiTest.class.getClassLoader().getResourceAsStream("META-INF/swagger/limber-api.yml")) {
            assertEquals(new String(built.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), body(spec));
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        HttpResponse<String> ui = Http.exchange(http(), HttpRequest.GET("/swagger-ui/index.html"));
        assertEquals(HttpStatus.OK, ui.getStatus());
        assertTrue(body(ui).contains("/swagger/limber-api.yml"), body(ui));
        assertEquals(
                HttpStatus.OK,
                Http.exchange(http(), HttpRequest.GET("/swagger/limber-api.yml"))
                        .getStatus());
    }

    @Test
    void healthReportsTheDatabaseCheck() {
        // /health is DOWN until the database is prepared at start; a store read waits for that.
        assertEquals(
                HttpStatus.OK,
                Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/leg-swings"))
                        .getStatus());
        HttpResponse<String> health = Http.exchange(http(), HttpRequest.GET("/health"));
        assertEquals(HttpStatus.OK, health.getStatus(), body(health));
        assertTrue(body(health).contains("\"status\":\"UP\""), body(health));
        HttpResponse<String> details = Http.exchange(http(), Http.admin(HttpRequest.GET("/health")));
        assertTrue(body(details).contains("\"database\""), body(details));
    }
}
