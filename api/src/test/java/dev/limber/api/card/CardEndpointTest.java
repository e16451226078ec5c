package dev.limber.api.card;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import dev.limber.domain.catalog.BuiltInCatalog;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Routine cards in the three forms a client can ask for. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardEndpointTest implements TestPropertyProvider {
    private static final String CARD = "/api/v1/programs/quick-leg-day-warm-up/card";

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

    HttpResponse<String> card(String accept) {
        return Http.exchange(http(), HttpRequest.GET(CARD).accept(accept));
    }

    @Test
    void plainTextIsTheDefaultAndFitsTheCardWidth() {
        HttpResponse<String> response = Http.exchange(http(), HttpRequest.GET(CARD));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/plain"));
        assertTrue(body(response).contains("Leg Swings"), body(response));
        body(response).lines().forEach(line -> assertTrue(line.length() <= 48, line));
    }

    @Test
    void markdownWhenAskedFor() {
        HttpResponse<String> response = card("text/markdown");
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/markdown"));
        assertTrue(body(response).startsWith("# " + BuiltInCatalog.QUICK_LEG_DAY_WARM_UP.name()), body(response));
    }

    @Test
    void htmlIsAPrintablePageForOneA6Card() {
        HttpResponse<String> response = card("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/html"));
        String html = body(response);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("@page { size: 105mm 148mm;"), "A6 sheets: " + html);
        assertTrue(html.contains("@media print"), html);
        assertTrue(html.contains("<h1>" + BuiltInCatalog.QUICK_LEG_DAY_WARM_UP.name() + "</h1>"), html);
        assertTrue(html.contains("Leg Swings") && html.contains("Bodyweight Squat"), html);
        assertTrue(html.contains("Total: 5 min 30 s"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void eachFormHasItsOwnTagAndTheTextRevalidates() {
        String text = card("text/plain").header(HttpHeaders.ETAG);
        String html = card("text/html").header(HttpHeaders.ETAG);
        assertNotEquals(text, html);
        assertEquals("Accept", card("text/html").header("Vary"));
        HttpResponse<String> again = Http.exchange(
                http(), HttpRequest.GET(CARD).accept("text/plain").header(HttpHeaders.IF_NONE_MATCH, text));
        assertEquals(HttpStatus.NOT_MODIFIED, again.getStatus());
    }

    @Test
    void oneSessionsCardAndAnUnknownSession() {
        HttpResponse<String> session = Http.exchange(
                http(), HttpRequest.GET("/api/v1/programs/pain-free-leg-day/card?session=Core%20and%20glutes"));
        assertTrue(body(session).contains("Core and glutes"), body(session));
        assertTrue(body(session).startsWith("PAIN-FREE LEG DAY\n"), "titled with its program: " + body(session));
        assertFalse(body(session).contains("Back Squat"), body(session));
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/pain-free-leg-day/card?session=Nope"))
                        .getStatus());
    }

    @Test
    void aTypeNoCardComesInIs406() {
        HttpResponse<String> response = card("application/pdf");
        assertEquals(HttpStatus.NOT_ACCEPTABLE, response.getStatus(), body(response));
        assertEquals(
                "application/problem+json",
                response.getContentType().orElseThrow().toString());
    }
}
