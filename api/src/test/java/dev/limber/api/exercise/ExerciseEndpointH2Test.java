package dev.limber.api.exercise;

import dev.limber.api.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;

/** The exercise resource on the embedded database. */
@MicronautTest
class ExerciseEndpointH2Test extends ExerciseEndpointTest {
    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }
}
