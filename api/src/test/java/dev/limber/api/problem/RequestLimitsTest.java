package dev.limber.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Requests over the server's limits get the standard status, as a problem like every other error. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLimitsTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }

    private HttpResponse<String> get(String path, String headerValue) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (headerValue != null) {
            request.header("X-Large", headerValue);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void headersOverEightKilobytesAre431() throws Exception {
        HttpResponse<String> response = get("/api/v1/ping", "x".repeat(9_000));
        assertEquals(431, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"status\":431"), response.body());
        assertTrue(response.body().contains("header fields"), response.body());
    }

    @Test
    void aRequestLineOverFourKilobytesIs414() throws Exception {
        HttpResponse<String> response = get("/api/v1/exercises?q=" + "x".repeat(5_000), null);
        assertEquals(414, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void headersWithinTheLimitAreServed() throws Exception {
        assertEquals(200, get("/api/v1/ping", "x".repeat(4_000)).statusCode());
    }
}
