package dev.limber.api.support;

import dev.limber.persistence.TestDatabases;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.HashMap;
import java.util.Map;

/** What the HTTP tests share: the admin token they run with, database properties, and exchanges that never throw. */
public final class Http {
    public static final String TOKEN = "test-admin-token";

    private Http() {}

    /** The properties of a service on this database, with the test admin token. */
    public static Map<String, String> properties(Map<String, Object> database) {
        Map<String, String> properties = new HashMap<>();
        database.forEach((key, value) -> properties.put(key, String.valueOf(value)));
        properties.put("limber.admin-token", TOKEN);
        // A free port: application.yml's 8080 may be taken by a running service.
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    public static Map<String, String> h2() {
        return properties(TestDatabases.h2());
    }

    public static <T> MutableHttpRequest<T> admin(MutableHttpRequest<T> request) {
        return request.bearerAuth(TOKEN);
    }

    /** The response whatever its status, its body as text. */
    public static HttpResponse<String> exchange(BlockingHttpClient client, HttpRequest<?> request) {
        try {
            return client.exchange(request, String.class);
        } catch (HttpClientResponseException failure) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) failure.getResponse();
            return response;
        }
    }

    public static String body(HttpResponse<?> response) {
        return response.getBody(String.class).orElse("");
    }
}
