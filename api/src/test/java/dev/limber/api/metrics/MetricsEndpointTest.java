package dev.limber.api.metrics;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What an operator's Prometheus scrapes from {@code /prometheus}: each route's timings under its
 * URI template, the connection pool and the read cache; and that only with the admin token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsEndpointTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(Http.h2());
        properties.put("limber.read-cache.ttl", "1m"); // the second read must find the first's copy
        return properties;
    }

    @Test
    void anOperatorWithTheTokenReadsRouteTimingsPoolAndCacheFigures() {
        assertEquals(
                200,
                Http.exchange(client.toBlocking(), HttpRequest.GET("/api/v1/exercises/leg-swings"))
                        .getStatus()
                        .getCode());
        Http.exchange(client.toBlocking(), HttpRequest.GET("/api/v1/exercises/leg-swings"));

        HttpResponse<String> scrape = Http.exchange(
                client.toBlocking(), HttpRequest.GET("/prometheus").bearerAuth(Http.TOKEN));
        assertEquals(200, scrape.getStatus().getCode(), body(scrape));
        String metrics = body(scrape);
        assertTrue(
                metrics.lines()
                        .anyMatch(line -> line.startsWith("http_server_requests_seconds_count{")
                                && line.contains("uri=\"/api/v1/exercises/{id}\"")),
                "route timings by URI template:\n" + metrics);
        assertTrue(metrics.contains("hikaricp_connections_active"), "the connection pool:\n" + metrics);
        // leg-swings read twice within the time-to-live: one miss, then one hit
        assertTrue(
                metrics.contains("cache_gets_total{cache=\"exercises\",result=\"hit\"} 1.0"),
                "the read cache's hits:\n" + metrics);
        assertTrue(
                metrics.contains("cache_gets_total{cache=\"exercises\",result=\"miss\"} 1.0"),
                "the read cache's misses, each counted once:\n" + metrics);
    }

    @Test
    void anyoneElseIsRefusedWith401() {
        HttpResponse<String> anonymous = Http.exchange(client.toBlocking(), HttpRequest.GET("/prometheus"));
        assertEquals(401, anonymous.getStatus().getCode());
        assertTrue(
                body(anonymous).contains("Reading the metrics needs Authorization: Bearer <admin token>"),
                body(anonymous));

        HttpResponse<String> wrong = Http.exchange(
                client.toBlocking(), HttpRequest.GET("/prometheus").bearerAuth("not-the-token"));
        assertEquals(401, wrong.getStatus().getCode());
        assertTrue(!body(wrong).contains("http_server_requests"), "no figures without the token");
    }
}
