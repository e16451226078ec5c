package dev.limber.api.etag;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.limber.api.page.PageView;
import io.micronaut.core.util.PathMatcher;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Gives every successful GET under /api an {@code ETag} and answers {@code If-None-Match} with
 * 304. Controllers of stored things set the tag from the stored version; anything computed
 * (lists, findings, timelines, cards, plans) is tagged by a hash of its encoded body. This is
 * the read cache that stays right across instances: clients and proxies keep the body, and the
 * service only confirms it.
 *
 * <p>On every path ({@code /**}), matching {@code /api/**} itself only for a 200 to a GET: Micronaut
 * 4.10 resolves filters on {@code /**} once, but matches the patterns of any other filter and sorts
 * the filters again on every request (docs/benchmarks.md, "By-id read against bare Micronaut").
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ConditionalGets {
    private static final String API = "/api/**";
    private final JsonMapper json;
    /**
     * The bytes and tag of each page view ({@link dev.limber.api.page.PageViews} hands out one
     * view per cached page), by identity, held weakly: a cached page is encoded and hashed once.
     */
    private final Cache<PageView<?>, Encoded> pages =
            Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

    ConditionalGets(JsonMapper json) {
        this.json = json;
    }

    @ResponseFilter
    void tag(HttpRequest<?> request, MutableHttpResponse<?> response) throws IOException {
        if (request.getMethod() != HttpMethod.GET
                || response.getStatus() != HttpStatus.OK
                || !PathMatcher.ANT.matches(API, request.getPath())) {
            return;
        }
        String etag = response.getHeaders().get(HttpHeaders.ETAG);
        if (etag == null) {
            Object body = response.getBody().orElse(null);
            if (body == null) {
                return;
            }
            // A worded answer (findings) hashes its language too: English and German never share a tag.
            String language = response.getHeaders().get(HttpHeaders.CONTENT_LANGUAGE);
            Encoded answer = body instanceof PageView<?> page && language == null
                    ? pages.get(page, this::encoded)
                    : encoded(body, language);
            byte[] encoded = answer.bytes();
            etag = answer.etag();
            response.getHeaders().set(HttpHeaders.ETAG, etag);
            if (!(body instanceof byte[]) && !(body instanceof CharSequence)) {
                // Send the bytes just hashed, so the body is not encoded a second time.
                if (response.getContentType().isEmpty()) {
                    response.contentType(MediaType.APPLICATION_JSON_TYPE);
                }
                response.body(encoded);
            }
        }
        if (ETags.matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.status(HttpStatus.NOT_MODIFIED);
            response.body(null);
        }
    }

    /** A body's bytes and its tag. */
    private record Encoded(byte[] bytes, String etag) {}

    private Encoded encoded(Object body) {
        return encoded(body, null);
    }

    private Encoded encoded(Object body, String language) {
        try {
            byte[] bytes = bytes(body);
            return new Encoded(bytes, ETags.ofContent(bytes, language));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(Object body) throws IOException {
        if (body instanceof byte[] raw) {
            return raw;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return json.writeValueAsBytes(body);
    }
}
