package dev.limber.api.findings;

import static dev.limber.api.support.Http.admin;
import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.formats.document.DocumentWriter;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Findings of stored programs are kept a while (here a whole minute, so every answer below would
 * be the stale one if a write did not retire them): a write through the service, of the program or
 * of an exercise it names, shows in the very next answer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsCacheTest implements TestPropertyProvider {
    private static final String FINDINGS = "/api/v1/programs/cached-legs/findings";
    private static final String RULE = "static-stretch-before-training";
    private final DocumentWriter writer = new DocumentWriter();

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Http.h2());
        properties.put("limber.read-cache.ttl", "1m");
        return properties;
    }

    BlockingHttpClient http() {
        return client.toBlocking();
    }

    private static Exercise hold(ExerciseKind kind) {
        return Exercise.builder("cached-hamstring-hold", "Cached Hamstring Hold")
                .kind(kind)
                .laterality(Laterality.PER_SIDE)
                .primary(Target.HAMSTRINGS)
                .build();
    }

    private static Program legs(String first) {
        return Program.builder("cached-legs", "Cached Legs")
                .session(Session.of(
                        "Legs",
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of(first, Prescription.seconds(120).eachSide()),
                                ExerciseStep.of(
                                        BuiltInCatalog.BACK_SQUAT,
                                        Prescription.reps(5).sets(5)))))
                .build();
    }

    private void put(String path, String document) {
        HttpResponse<String> response = Http.exchange(http(), admin(HttpRequest.PUT(path, document)));
        assertTrue(response.getStatus().getCode() < 300, path + ": " + body(response));
    }

    private String findings() {
        HttpResponse<String> response = Http.exchange(http(), HttpRequest.GET(FINDINGS));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        return body(response);
    }

    @Test
    void aWriteOfTheProgramOrOfAnExerciseItNamesShowsInTheNextFindings() {
        put("/api/v1/exercises/cached-hamstring-hold", writer.writeExercise(hold(ExerciseKind.STATIC_STRETCH)));
        put("/api/v1/programs/cached-legs", writer.writeProgram(legs("cached-hamstring-hold")));
        assertTrue(findings().contains(RULE), "two minutes of static holding before squats");
        assertTrue(findings().contains(RULE), "and again, from the cache");

        put("/api/v1/exercises/cached-hamstring-hold", writer.writeExercise(hold(ExerciseKind.DYNAMIC)));
        assertFalse(findings().contains(RULE), "the exercise now moves: no static holding");

        put(
                "/api/v1/programs/cached-legs",
                writer.writeProgram(
                        legs(BuiltInCatalog.RECLINING_SINGLE_LEG_STRETCH.id().value())));
        assertTrue(findings().contains(RULE), "the program now holds a built-in stretch first");
    }
}
