package dev.limber.api.etag;

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

/**
 * Gives every successful GET under /api an {@code ETag} and answers {@code If-None-Match} with
 * 304. Controllers of stored things set the tag from the stored version; anything computed
 * (lists, findings, timelines, cards, plans) is tagged by a hash of its encoded body. This is
 * the read cache that stays right across instances: clients and proxies keep the body, and the
 * service only confirms it.
 */
@ServerFilter("/api/**")
final class ConditionalGets {
    private final JsonMapper json;

    ConditionalGets(JsonMapper json) {
        this.json = json;
    }

    @ResponseFilter
    void tag(HttpRequest<?> request, MutableHttpResponse<?> response) throws IOException {
        if (request.getMethod() != HttpMethod.GET || response.getStatus() != HttpStatus.OK) {
            return;
        }
        String etag = response.getHeaders().get(HttpHeaders.ETAG);
        if (etag == null) {
            Object body = response.getBody().orElse(null);
            if (body == null) {
                return;
            }
            byte[] encoded = bytes(body);
            // A worded answer (findings) hashes its language too: English and German never share a tag.
            etag = ETags.ofContent(encoded, response.getHeaders().get(HttpHeaders.CONTENT_LANGUAGE));
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
