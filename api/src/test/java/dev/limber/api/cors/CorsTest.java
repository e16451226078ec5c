package dev.limber.api.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.limber.api.support.Http;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS is off unless configured, and then answers the configured origins. */
class CorsTest {
    private static final String APP = "https://coach.example";

    private static HttpResponse<String> preflight(Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(Http.h2());
        properties.putAll(extra);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
                HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            return Http.exchange(
                    client.toBlocking(),
                    HttpRequest.OPTIONS("/api/v1/exercises/leg-swings")
                            .header(HttpHeaders.ORIGIN, APP)
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
}
