package dev.limber.api.ping;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.api.support.Http;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The trivial endpoint load balancers and benchmarks use. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PingEndpointTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }

    @Test
    void pingAnswersPongAsPlainText() {
        HttpResponse<String> response = Http.exchange(client.toBlocking(), HttpRequest.GET("/api/v1/ping"));
        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("pong", body(response));
        assertEquals("text/plain", response.getContentType().orElseThrow().toString());
    }
}
