package dev.limber.api.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.cors.CorsFilter;
import java.util.List;

/**
 * Micronaut's CORS filter refuses a request from an origin it does not allow with a bare 403 and
 * no body. This gives that refusal the problem body every other error has. It runs outside the
 * CORS filter (ordered before it), so it sees the refusal on the way out. Only there when CORS is
 * on (it is off by default): without it nothing refuses an origin, and a filter costs every request
 * its call.
 */
@Requires(property = "micronaut.server.cors.enabled", value = StringUtils.TRUE)
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RefusedCrossOrigin implements Ordered {

    @Override
    public int getOrder() {
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }

    @ResponseFilter
    void explain(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null
                || response.getStatus() != HttpStatus.FORBIDDEN
                || response.getBody().isPresent()) {
            return;
        }
        Problem problem = new Problem(
                Problems.TYPES + "cross-origin-refused",
                HttpStatus.FORBIDDEN.getReason(),
                HttpStatus.FORBIDDEN.getCode(),
                "Requests from the origin " + origin + " are not allowed: it is not one of the service's CORS origins.",
                List.of());
        response.body(problem).contentType(Problems.MEDIA_TYPE);
    }
}
