package dev.limber.api.exercise;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.limber.api.etag.ETags;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.port.Stored;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The answer to a read by id, encoded once per cached copy: a fresh copy from the read cache is
 * answered many times within its time-to-live, and mapping it to its view and encoding that as
 * JSON on every request was the largest share of a cached read's own work (docs/benchmarks.md,
 * "By-id read against bare Micronaut"). Keys are the read cache's {@link Stored} objects, compared
 * by identity and held weakly: a copy the read cache dropped or replaced is forgotten here too, and
 * a stored copy is immutable, so its bytes never go stale.
 */
@Singleton
final class EncodedExercises {
    private final Cache<Stored<Exercise>, Encoded> answers =
            Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();
    private final JsonMapper json;

    EncodedExercises(JsonMapper json) {
        this.json = json;
    }

    /**
     * The 200 answer for this cached copy: the same JSON and tag as {@link ExerciseView} encoded by
     * the server would give, from bytes made the first time this copy was asked for.
     */
    HttpResponse<byte[]> found(Stored<Exercise> cached) {
        Encoded answer = answers.get(cached, this::encode);
        return HttpResponse.ok(answer.bytes())
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, answer.etag());
    }

    private Encoded encode(Stored<Exercise> stored) {
        try {
            return new Encoded(
                    json.writeValueAsBytes(ExerciseView.of(stored.value())), ETags.ofVersion(stored.version()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy's JSON and its tag. */
    private record Encoded(byte[] bytes, String etag) {}
}
