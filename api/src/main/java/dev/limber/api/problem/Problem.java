package dev.limber.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem: what every error response of the service carries, as
 * {@code application/problem+json}. {@code errors} lists each bad field of an invalid body by
 * JSON pointer.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** One bad field: where (a JSON pointer or a parameter name) and what is wrong. */
    @Serdeable
    public record FieldError(String pointer, String message) {
    }
}
