package dev.limber.api.problem;

import dev.limber.domain.Quote;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders the framework's own errors (unknown route, wrong method, unreadable body, bad
 * parameter, body too large, anything unexpected) as problems too, so a client parses one error
 * shape. Unexpected errors say only that they happened: their message could carry internals.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
final class ProblemResponses implements ErrorResponseProcessor<Problem> {
    /** Longest framework message kept whole; a longer one is cut like a quoted value. */
    private static final int MAX_DETAIL = 500;

    private static final String VALUE = " for value [";

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        Optional<HttpStatus> tooLong = tooLong(context.getRequest());
        if (tooLong.isPresent()) {
            HttpStatus status = tooLong.get();
            return Problems.response(
                    status,
                    type(status),
                    status == HttpStatus.REQUEST_URI_TOO_LONG
                            ? "The request line is longer than the service accepts (4 kB)."
                            : "The request's header fields are larger than the service accepts (8 kB).");
        }
        HttpStatus status = base.getStatus();
        if (status.getCode() >= 500) {
            return Problems.response(status, "internal", "An unexpected error occurred; it has been logged.");
        }
        List<Problem.FieldError> errors = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.FieldError(error.getPath().get(), plain(error.getMessage())))
                .toList();
        String detail = context.getErrors().stream()
                .map(Error::getMessage)
                .map(ProblemResponses::plain)
                .findFirst()
                .orElse(status.getReason());
        MutableHttpResponse<Problem> problem = Problems.response(status, type(status), detail, errors);
        base.getHeaders()
                .forEach((name, values) ->
                        values.forEach(value -> problem.getHeaders().add(name, value)));
        problem.contentType(Problems.MEDIA_TYPE);
        return problem;
    }

    private static String type(HttpStatus status) {
        return status.getReason().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /**
     * Netty refuses a request line or header block over its limits (4 kB, 8 kB) before the
     * request is read, and Micronaut answers both 413, the status of a body that is too large.
     * The standard statuses are 414 (URI too long) and 431 (header fields too large).
     */
    private static Optional<HttpStatus> tooLong(HttpRequest<?> request) {
        if (request instanceof NettyHttpRequest<?> netty) {
            Throwable cause = netty.getNativeRequest().decoderResult().cause();
            if (cause instanceof TooLongHttpHeaderException) {
                return Optional.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
            }
            if (cause instanceof TooLongHttpLineException) {
                return Optional.of(HttpStatus.REQUEST_URI_TOO_LONG);
            }
        }
        return Optional.empty();
    }

    /**
     * A framework message without the parser's internals: "Failed to convert argument [page]
     * for value [abc] due to: …" keeps what names the parameter and value, and drops parser
     * locations and class names after the first line.
     */
    static String plain(String message) {
        if (message == null) {
            return "";
        }
        String firstLine = message.lines().findFirst().orElse("").strip();
        int cause = firstLine.indexOf(" due to: ");
        if (firstLine.startsWith("Failed to convert argument") && cause > 0) {
            return shortValue(
                    firstLine.substring(0, cause).replace("Failed to convert argument", "Cannot read parameter"));
        }
        return firstLine.length() > MAX_DETAIL ? Quote.plain(firstLine) : firstLine;
    }

    /** The framework's echo of a value ({@code for value [abc]}) cut as every quoted value is ({@link Quote}). */
    private static String shortValue(String message) {
        int value = message.indexOf(VALUE);
        if (value < 0 || !message.endsWith("]")) {
            return message.length() > MAX_DETAIL ? Quote.plain(message) : message;
        }
        return message.substring(0, value) + VALUE
                + Quote.plain(message.substring(value + VALUE.length(), message.length() - 1)) + "]";
    }
}
