package dev.limber.api.program;

import dev.limber.api.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;

/** The program resource on the embedded database. */
@MicronautTest
class ProgramEndpointH2Test extends ProgramEndpointTest {
    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }
}
