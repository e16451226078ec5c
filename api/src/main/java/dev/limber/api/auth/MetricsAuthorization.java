package dev.limber.api.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The metrics ({@code /prometheus}) need the admin token, else 401: route names, traffic and pool
 * figures are for the operators who hold it, and a scraper sends it as a bearer token.
 */
@ServerFilter({"/prometheus", "/prometheus/**"})
final class MetricsAuthorization {
    private final WriteAuthorization authorization;

    MetricsAuthorization(WriteAuthorization authorization) {
        this.authorization = authorization;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authorize(HttpRequest<?> request) {
        return authorization.checkToken(request, "Reading the metrics");
    }
}
