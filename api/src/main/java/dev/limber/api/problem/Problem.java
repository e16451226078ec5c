package dev.limber.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem: what every error response of the service carries, as
 * {@code application/problem+json}. {@code errors} lists each bad field of an invalid body by
 * JSON pointer; {@code programs} names the programs that still use an exercise a client tried
 * to delete or would break by replacing it, and {@code steps} the stored steps a replacement would
 * break (extension members, present only then).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        List<FieldError> errors,
        List<String> programs,
        List<StoredStep> steps) {

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, List.of(), List.of());
    }

    /**
     * A step of a stored program that a write would break: the program, a JSON pointer into it
     * (as {@code GET /api/v1/programs/{id}} answers it) and what would be wrong.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StoredStep(String program, String pointer, String message) {}

    /**
     * One bad field: where (a JSON pointer or a parameter name) and what is wrong. Both always
     * sent: the pointer {@code ""} (the whole body) is a place too, and the schema requires it.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FieldError(String pointer, String message) {}
}
