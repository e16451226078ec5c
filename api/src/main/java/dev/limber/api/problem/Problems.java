package dev.limber.api.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds problem responses with one vocabulary of problem types. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPES = "urn:limber:problem:";

    private Problems() {}

    public static MutableHttpResponse<Problem> response(HttpStatus status, String type, String detail) {
        return response(status, type, detail, List.of());
    }

    public static MutableHttpResponse<Problem> response(
            HttpStatus status, String type, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem(TYPES + type, status.getReason(), status.getCode(), detail, errors);
        return HttpResponse.<Problem>status(status).contentType(MEDIA_TYPE).body(problem);
    }
}
