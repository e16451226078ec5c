package dev.limber.api.etag;

import dev.limber.api.problem.ProblemException;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Stored;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * PUT and DELETE under the client's precondition, the same for every stored resource: when the
 * client sent {@code If-Match}/{@code If-None-Match}, a stale version or a missing resource is
 * {@code 412}; without one, the store's own refusal (409, 404) stands.
 */
public final class ConditionalWrites {
    private ConditionalWrites() {}

    /** Saves, then answers 201 with Location for a new resource or 200, each with its ETag. */
    public static <T, V> MutableHttpResponse<V> save(
            ETags.Precondition precondition, Supplier<Stored<T>> save, Function<T, V> view, String location) {
        Stored<T> stored;
        try {
            stored = save.get();
        } catch (ConflictException refused) {
            if (precondition.conditional() && refused.reason() != ConflictException.Reason.UNKNOWN_REFERENCE) {
                throw ProblemException.preconditionFailed(refused.getMessage());
            }
            throw refused;
        } catch (NotFoundException gone) {
            throw precondition.conditional() ? ProblemException.preconditionFailed(gone.getMessage()) : gone;
        }
        V body = view.apply(stored.value());
        MutableHttpResponse<V> response = stored.version() == 1
                ? HttpResponse.created(body).header(HttpHeaders.LOCATION, location)
                : HttpResponse.ok(body);
        return response.header(HttpHeaders.ETAG, ETags.ofVersion(stored.version()));
    }

    /** Deletes, answering 204; {@code what} and {@code id} name the resource in refusals. */
    public static HttpResponse<Void> delete(
            ETags.Precondition precondition, String what, Object id, BooleanSupplier delete) {
        boolean deleted;
        try {
            deleted = delete.getAsBoolean();
        } catch (ConflictException refused) {
            if (precondition.conditional() && refused.reason() == ConflictException.Reason.STALE_VERSION) {
                throw ProblemException.preconditionFailed(refused.getMessage());
            }
            throw refused;
        } catch (NotFoundException gone) {
            throw precondition.conditional() ? ProblemException.preconditionFailed(gone.getMessage()) : gone;
        }
        if (!deleted) {
            if (precondition.conditional()) {
                throw ProblemException.preconditionFailed("no " + what + " " + id + " to delete");
            }
            throw new NotFoundException(what, id);
        }
        return HttpResponse.noContent();
    }
}
