package dev.limber.api.problem;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * A request the service refuses for an HTTP reason of its own (a stale {@code If-Match}, a body
 * whose id differs from the path, a media type it cannot produce), answered as a problem.
 */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final String type;
    private final transient List<Problem.FieldError> errors;

    public ProblemException(HttpStatus status, String type, String detail) {
        this(status, type, detail, List.of());
    }

    public ProblemException(HttpStatus status, String type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, "precondition-failed", detail);
    }

    /** A body whose id differs from the path's is refused with 400, pointing at {@code /id}. */
    public static void requireSameId(Object body, Object path) {
        if (!body.equals(path)) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "id-mismatch",
                    "The body's id " + body + " differs from the path's " + path + ".",
                    List.of(new Problem.FieldError("/id", "must equal the id in the path, " + path)));
        }
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
