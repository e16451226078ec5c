package dev.limber.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem: what every error response of the service carries, as
 * {@code application/problem+json}. {@code errors} lists each bad field of an invalid body by
 * JSON pointer; {@code programs} names the programs that still use an exercise a client tried
 * to delete (an extension member, present only then).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type, String title, int status, String detail, List<FieldError> errors, List<String> programs) {

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, List.of());
    }

    /**
     * One bad field: where (a JSON pointer or a parameter name) and what is wrong. Both always
     * sent: the pointer {@code ""} (the whole body) is a place too, and the schema requires it.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FieldError(String pointer, String message) {}
}
