package dev.limber.api.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS is off unless configured, and then answers the configured origins. */
class CorsTest {
    private static final String APP = "https://coach.example";

    private static HttpResponse<String> preflight(Map<String, String> extra) {
        return preflight(extra, APP);
    }

    private static HttpResponse<String> preflight(Map<String, String> extra, String origin) {
        Map<String, Object> properties = new HashMap<>(Http.h2());
        properties.putAll(extra);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
                HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            return Http.exchange(
                    client.toBlocking(),
                    HttpRequest.OPTIONS("/api/v1/exercises/leg-swings")
                            .header(HttpHeaders.ORIGIN, origin)
                            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.GET.name()));
        }
    }

    @Test
    void offByDefaultSoNoOriginIsAllowed() {
        assertNull(preflight(Map.of()).header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    @Test
    void aConfiguredOriginIsAllowed() {
        HttpResponse<String> response = preflight(Map.of(
                "micronaut.server.cors.enabled",
                "true",
                "micronaut.server.cors.configurations.web.allowed-origins[0]",
                APP));
        assertEquals(APP, response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    @Test
    void anOriginThatIsNotConfiguredIsRefusedWithAProblem() {
        HttpResponse<String> response = preflight(
                Map.of(
                        "micronaut.server.cors.enabled",
                        "true",
                        "micronaut.server.cors.configurations.web.allowed-origins[0]",
                        APP),
                "https://elsewhere.example");
        assertEquals(HttpStatus.FORBIDDEN, response.getStatus());
        assertEquals(
                "application/problem+json",
                response.getContentType().orElseThrow().toString());
        String body = Http.body(response);
        assertTrue(body.contains("\"type\":\"urn:limber:problem:cross-origin-refused\""), body);
        assertTrue(body.contains("\"status\":403"), body);
        assertTrue(body.contains("https://elsewhere.example"), body);
        assertNull(response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }
}
