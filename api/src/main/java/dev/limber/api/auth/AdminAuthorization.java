package dev.limber.api.auth;

import dev.limber.api.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.PathMatcher;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.security.Principal;
import java.util.List;
import java.util.Set;

/**
 * Everything the admin token guards, one token check for all:
 *
 * <ul>
 *   <li>under {@code /api}, reads are open; a write (a PUT, DELETE, PATCH or a POST that stores)
 *       needs {@code Authorization: Bearer <admin token>}, else 401. POSTs that only compute an
 *       answer (findings of a sent program, a warm-up) store nothing and stay open;
 *   <li>the metrics ({@code /prometheus}) need the token, else 401: route names, traffic and pool
 *       figures are for the operators who hold it, and a scraper sends it as a bearer token;
 *   <li>{@code /health} tells anyone whether the service is up, and only the admin the details
 *       (which database, where, its version, why it is down). The health endpoint shows details to
 *       a request with a principal ({@code endpoints.health.details-visible: AUTHENTICATED}); this
 *       gives the request one when it carries the token, and refuses a wrong token with 401.
 * </ul>
 *
 * <p>One filter on every path ({@code /**}) that matches the paths itself, with the same Ant
 * patterns and matcher Micronaut would use, rather than three filters on their own patterns:
 * Micronaut 4.10 resolves filters on {@code /**} once, but for a filter on any other pattern it
 * looks up its annotations, matches its patterns and sorts the filters again on every request,
 * about a tenth of a cached read's work (docs/benchmarks.md, "By-id read against bare Micronaut").
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AdminAuthorization {
    static final Set<String> OPEN_POSTS =
            Set.of("/api/v1/findings", "/api/v1/warm-ups", "/api/v1/ramp-ups", "/api/v1/timelines");
    private static final String API = "/api/**";
    private static final List<String> METRICS = List.of("/prometheus", "/prometheus/**");
    private static final List<String> HEALTH = List.of("/health", "/health/**");
    private static final Principal ADMIN = () -> "admin";
    private static final String BEARER = "Bearer ";
    private final AdminToken token;

    AdminAuthorization(AdminToken token) {
        this.token = token;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authorize(HttpRequest<?> request) {
        String path = request.getPath();
        if (PathMatcher.ANT.matches(API, path)) {
            return isWrite(request.getMethod(), path) ? checkToken(request, "This write") : null;
        }
        if (matchesAny(METRICS, path)) {
            return checkToken(request, "Reading the metrics");
        }
        if (matchesAny(HEALTH, path)) {
            return identify(request);
        }
        return null;
    }

    private static boolean matchesAny(List<String> patterns, String path) {
        for (String pattern : patterns) {
            if (PathMatcher.ANT.matches(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /** Health: anonymous gets the status only; the admin token gets a principal, a wrong one 401. */
    @Nullable
    private HttpResponse<?> identify(HttpRequest<?> request) {
        if (!request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        HttpResponse<?> refused = checkToken(request, "Seeing the health details");
        if (refused == null) {
            request.setUserPrincipal(ADMIN);
        }
        return refused;
    }

    /**
     * Null when the request carries the admin token, else the 401 problem that says what is wrong;
     * {@code what} names what needs it ("This write").
     */
    @Nullable
    private HttpResponse<?> checkToken(HttpRequest<?> request, String what) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(what + " needs Authorization: Bearer <admin token>.");
        }
        if (!token.matches(header.substring(BEARER.length()).strip())) {
            return refuse("The bearer token is not the admin token.");
        }
        return null;
    }

    private static boolean isWrite(HttpMethod method, String path) {
        if (method == HttpMethod.POST) {
            return !OPEN_POSTS.contains(stripSlash(path));
        }
        return method == HttpMethod.PUT || method == HttpMethod.DELETE || method == HttpMethod.PATCH;
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static HttpResponse<?> refuse(String detail) {
        return Problems.response(HttpStatus.UNAUTHORIZED, "unauthorized", detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"limber\"");
    }
}
