package dev.limber.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Target;
import dev.limber.persistence.TestDatabases;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The exercise resource over real HTTP, on a fresh embedded database seeded with the catalog. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExerciseEndpointTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>();
        TestDatabases.h2().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        return properties;
    }

    @Test
    void legSwingsAreServedFromTheBuiltInCatalog() {
        Map<String, Object> body = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/exercises/leg-swings"),
                Argument.mapOf(String.class, Object.class));
        assertEquals("leg-swings", body.get("id"));
        assertEquals("Leg Swings", body.get("name"));
        assertEquals("dynamic", body.get("kind"));
        assertEquals("per-side", body.get("laterality"));
        Exercise builtIn = BuiltInCatalog.LEG_SWINGS;
        assertEquals(builtIn.primary().stream().map(Target::externalName).toList(), body.get("primary"));
        assertEquals(builtIn.secondary().stream().map(Target::externalName).toList(), body.get("secondary"));
        assertEquals(builtIn.cues(), body.get("cues"));
    }

    @Test
    void anUnknownIdIsA404ProblemWithoutInternals() {
        HttpClientResponseException failure = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/exercises/no-such-id"), String.class));
        HttpResponse<?> response = failure.getResponse();
        assertEquals(HttpStatus.NOT_FOUND, response.getStatus());
        assertEquals("application/problem+json", response.getContentType().orElseThrow().toString());
        String body = response.getBody(String.class).orElseThrow();
        assertTrue(body.contains("\"status\":404"), body);
        assertTrue(body.contains("no exercise with id no-such-id"), body);
        assertFalse(body.contains("Exception") || body.contains("at dev.") || body.contains("SQL"), body);
    }

    @Test
    void aMalformedIdIsA400NamingTheParameter() {
        HttpClientResponseException failure = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/exercises/Not_A_Slug"), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, failure.getStatus());
        String body = failure.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("Not_A_Slug") && body.contains("\"pointer\":\"id\""), body);
    }

    @Test
    void anUnknownRouteIsAProblemToo() {
        HttpClientResponseException failure = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/nowhere"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, failure.getStatus());
        assertEquals("application/problem+json", failure.getResponse().getContentType().orElseThrow().toString());
    }
}
