package dev.limber.api.findings;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.formats.document.DocumentWriter;
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

/** Guideline findings of stored programs and of programs sent to be checked. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsEndpointTest implements TestPropertyProvider {
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

    @Test
    void aStoredProgramsFindingsAreServedWithAContentTag() {
        HttpResponse<String> response =
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/pain-free-leg-day/findings"));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        assertTrue(body(response).contains("\"program\":\"pain-free-leg-day\""), body(response));
        assertTrue(body(response).contains("\"findings\":["), body(response));
        assertNotNull(response.header(HttpHeaders.ETAG));
        HttpResponse<String> again = Http.exchange(
                http(),
                HttpRequest.GET("/api/v1/programs/pain-free-leg-day/findings")
                        .header(HttpHeaders.IF_NONE_MATCH, response.header(HttpHeaders.ETAG)));
        assertEquals(HttpStatus.NOT_MODIFIED, again.getStatus());
    }

    @Test
    void aStaticStretchBeforeSquatsIsFlaggedWithoutATokenAndWithoutStoring() {
        Program risky = Program.builder("risky-leg-day", "Risky Leg Day")
                .session(Session.of(
                        "Legs",
                        Phase.of(
                                PhaseKind.WARM_UP,
                                ExerciseStep.of(
                                        BuiltInCatalog.RECLINING_SINGLE_LEG_STRETCH,
                                        Prescription.seconds(60).eachSide())),
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of(
                                        BuiltInCatalog.BACK_SQUAT,
                                        Prescription.reps(8).sets(3)))))
                .build();
        HttpResponse<String> response =
                Http.exchange(http(), HttpRequest.POST("/api/v1/findings", new DocumentWriter().writeProgram(risky)));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        assertTrue(body(response).contains("static-stretch-before-training"), body(response));
        assertTrue(body(response).contains("\"passes\":false"), body(response));
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/risky-leg-day"))
                        .getStatus());
    }

    @Test
    void aStaticStretchAtTheTopOfTheMainPhaseIsFlaggedWithItsEvidence() {
        Program atop = Program.builder("stretch-atop-main", "Stretch Atop Main")
                .session(Session.of(
                        "Legs",
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of(
                                        BuiltInCatalog.RECLINING_SINGLE_LEG_STRETCH,
                                        Prescription.seconds(120).eachSide()),
                                ExerciseStep.of(
                                        BuiltInCatalog.BACK_SQUAT,
                                        Prescription.reps(5).sets(5)))))
                .build();
        HttpResponse<String> response =
                Http.exchange(http(), HttpRequest.POST("/api/v1/findings", new DocumentWriter().writeProgram(atop)));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        assertTrue(
                body(response)
                        .contains("\"message\":\"static holding before back-squat adds up to 2 min for the hamstrings"),
                body(response));
        assertTrue(body(response).contains("Behm et al. 2016"), body(response));
    }

    @Test
    void aBrokenProgramSentForCheckingIsA400WithPointers() {
        HttpResponse<String> response = Http.exchange(
                http(), HttpRequest.POST("/api/v1/findings", "{\"id\": \"x\", \"name\": \"X\", \"sessions\": []}"));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        assertTrue(body(response).contains("\"pointer\":\"/sessions\""), body(response));
    }

    @Test
    void findingsOfAnUnknownProgramAre404() {
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/programs/nothing-here/findings"))
                        .getStatus());
    }

    @Test
    void findingsAreWordedInGermanWhenTheClientPrefersItWithTheSameKeyAndArguments() {
        Program atop = Program.builder("stretch-atop-main", "Stretch Atop Main")
                .session(Session.of(
                        "Legs",
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of(
                                        BuiltInCatalog.RECLINING_SINGLE_LEG_STRETCH,
                                        Prescription.seconds(120).eachSide()),
                                ExerciseStep.of(
                                        BuiltInCatalog.BACK_SQUAT,
                                        Prescription.reps(5).sets(5)))))
                .build();
        String document = new DocumentWriter().writeProgram(atop);
        HttpResponse<String> german = Http.exchange(
                http(),
                HttpRequest.POST("/api/v1/findings", document).header(HttpHeaders.ACCEPT_LANGUAGE, "fr, de;q=0.8"));
        assertEquals(HttpStatus.OK, german.getStatus(), body(german));
        assertEquals("de", german.header(HttpHeaders.CONTENT_LANGUAGE));
        assertTrue(
                german.header(HttpHeaders.VARY).contains(HttpHeaders.ACCEPT_LANGUAGE), german.header(HttpHeaders.VARY));
        assertTrue(
                body(german)
                        .contains("\"message\":\"statisches Halten vor back-squat summiert sich auf 2 min"
                                + " (Oberschenkelrückseite)"),
                body(german));
        assertTrue(body(german).contains("\"description\":\"Legs › Hauptteil › Schritt 1"), body(german));
        assertTrue(
                body(german)
                        .contains("\"rule\":\"static-stretch-before-training\","
                                + "\"key\":\"static-stretch-before-training.too-long\","
                                + "\"arguments\":{\"exercise\":\"reclining-single-leg-stretch\""),
                body(german));
        assertTrue(body(german).contains("\"warnAt\":\"1m\""), body(german));

        HttpResponse<String> english = Http.exchange(
                http(), HttpRequest.POST("/api/v1/findings", document).header(HttpHeaders.ACCEPT_LANGUAGE, "fr"));
        assertEquals("en", english.header(HttpHeaders.CONTENT_LANGUAGE));
        assertTrue(body(english).contains("\"message\":\"static holding before back-squat"), body(english));
    }

    @Test
    void germanAndEnglishFindingsNeverShareAnETagEvenWhenTheirBodiesAgree() {
        String uri = "/api/v1/programs/pain-free-leg-day/findings";
        HttpResponse<String> english = Http.exchange(http(), HttpRequest.GET(uri));
        HttpResponse<String> german =
                Http.exchange(http(), HttpRequest.GET(uri).header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE"));
        assertEquals("en", english.header(HttpHeaders.CONTENT_LANGUAGE));
        assertEquals("de", german.header(HttpHeaders.CONTENT_LANGUAGE));
        assertEquals(body(english), body(german), "a program without findings reads the same in both");
        assertNotNull(german.header(HttpHeaders.ETAG));
        assertTrue(!english.header(HttpHeaders.ETAG).equals(german.header(HttpHeaders.ETAG)));
        HttpResponse<String> stale = Http.exchange(
                http(),
                HttpRequest.GET(uri)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "de")
                        .header(HttpHeaders.IF_NONE_MATCH, english.header(HttpHeaders.ETAG)));
        assertEquals(HttpStatus.OK, stale.getStatus(), "the English copy is not the German one");
        HttpResponse<String> fresh = Http.exchange(
                http(),
                HttpRequest.GET(uri)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "de")
                        .header(HttpHeaders.IF_NONE_MATCH, german.header(HttpHeaders.ETAG)));
        assertEquals(HttpStatus.NOT_MODIFIED, fresh.getStatus());
    }
}
