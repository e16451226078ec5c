package dev.limber.api.limits;

import dev.limber.api.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;

/** Input limits on the embedded database. */
@MicronautTest
class InputLimitsEndpointH2Test extends InputLimitsEndpointTest {
    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }
}
