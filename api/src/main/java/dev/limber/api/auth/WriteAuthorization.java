package dev.limber.api.auth;

import dev.limber.api.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Set;

/**
 * Reads are open; a write (a PUT, DELETE, PATCH or a POST that stores) needs
 * {@code Authorization: Bearer <admin token>}, else 401. POSTs that only compute an answer
 * (findings of a sent program, a warm-up) store nothing and stay open.
 */
@ServerFilter("/api/**")
final class WriteAuthorization {
    static final Set<String> OPEN_POSTS =
            Set.of("/api/v1/findings", "/api/v1/warm-ups", "/api/v1/ramp-ups", "/api/v1/timelines");
    private static final String BEARER = "Bearer ";
    private final AdminToken token;

    WriteAuthorization(AdminToken token) {
        this.token = token;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authorize(HttpRequest<?> request) {
        if (!isWrite(request)) {
            return null;
        }
        return checkToken(request, "This write");
    }

    /** Whether the request has an {@code Authorization} header at all. */
    static boolean presentsToken(HttpRequest<?> request) {
        return request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
    }

    /**
     * Null when the request carries the admin token, else the 401 problem that says what is wrong;
     * {@code what} names what needs it ("This write").
     */
    @Nullable
    HttpResponse<?> checkToken(HttpRequest<?> request, String what) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(what + " needs Authorization: Bearer <admin token>.");
        }
        if (!token.matches(header.substring(BEARER.length()).strip())) {
            return refuse("The bearer token is not the admin token.");
        }
        return null;
    }

    private static boolean isWrite(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.POST) {
            return !OPEN_POSTS.contains(stripSlash(request.getPath()));
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
