package dev.limber.api.wiring;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.filter.HealthResultFilter;

/**
 * Micronaut's own filter that answers {@code /health} with 503 when the service is down, unchanged,
 * but on every path ({@code /**}) instead of the three health paths: it acts only on a health
 * result body, so elsewhere it does nothing, and Micronaut 4.10 resolves filters on {@code /**}
 * once but matches any other filter's patterns and sorts the filters again on every request. With
 * this, no filter of the service has its own pattern and each request skips that work
 * (docs/benchmarks.md, "By-id read against bare Micronaut").
 */
@Replaces(HealthResultFilter.class)
@Requires(beans = HealthEndpoint.class)
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class HealthStatusOnEveryPath extends HealthResultFilter {
    HealthStatusOnEveryPath(HealthEndpoint healthEndpoint) {
        super(healthEndpoint);
    }

    @Override
    @ResponseFilter
    public void doFilter(MutableHttpResponse<?> response) {
        super.doFilter(response);
    }
}
