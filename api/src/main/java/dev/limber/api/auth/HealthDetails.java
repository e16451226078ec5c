package dev.limber.api.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.security.Principal;

/**
 * {@code /health} tells anyone whether the service is up, and only the admin the details (which
 * database, where, its version, why it is down). The health endpoint shows details to a request
 * with a principal ({@code endpoints.health.details-visible: AUTHENTICATED}); this filter gives
 * the request one when it carries the admin token, and refuses a wrong token with 401, as a write
 * would be refused.
 */
@ServerFilter({"/health", "/health/**"})
final class HealthDetails {
    private static final Principal ADMIN = () -> "admin";
    private final WriteAuthorization authorization;

    HealthDetails(WriteAuthorization authorization) {
        this.authorization = authorization;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> identify(HttpRequest<?> request) {
        if (!WriteAuthorization.presentsToken(request)) {
            return null; // anonymous: the status only
        }
        HttpResponse<?> refused = authorization.checkToken(request, "Seeing the health details");
        if (refused == null) {
            request.setUserPrincipal(ADMIN);
        }
        return refused;
    }
}
