package dev.limber.api.problem;

import dev.limber.domain.DomainException;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.StoreUnavailableException;
import dev.limber.domain.usecase.BreaksStoredProgramsException;
import dev.limber.domain.usecase.MisfitStepsException;
import dev.limber.domain.usecase.UnknownVariationOfException;
import dev.limber.formats.document.InputProblems;
import dev.limber.formats.document.LocationPointers;
import dev.limber.formats.document.StoredConflicts;
import dev.limber.formats.suggestion.DidYouMean;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every domain error with a problem: not found 404, invalid value 400 (naming the
 * field), conflict 409, store unavailable 503. The detail is the domain's own message, which
 * names the field or id and never carries SQL or a stack trace. A conflict over an exercise that
 * programs still use names them in {@code programs}; a replacement that stored programs would no
 * longer fit ({@code breaks-programs}) names them too, each broken step in {@code steps} and the
 * body's field at fault in {@code errors}.
 */
@Singleton
@Produces(Problems.MEDIA_TYPE)
final class DomainProblems implements ExceptionHandler<DomainException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(DomainProblems.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException failure) {
        if (failure instanceof NotFoundException notFound) {
            return Problems.response(HttpStatus.NOT_FOUND, "not-found", DidYouMean.detail(notFound));
        }
        if (failure instanceof InvalidValueException invalid) {
            return Problems.response(
                    HttpStatus.BAD_REQUEST,
                    "invalid-value",
                    failure.getMessage(),
                    List.of(new Problem.FieldError(invalid.field(), failure.getMessage())));
        }
        if (failure instanceof UnknownVariationOfException dangling) {
            List<Problem.FieldError> errors = dangling.links().stream()
                    .map(link -> new Problem.FieldError(LocationPointers.of(link), link.message()))
                    .toList();
            return Problems.response(
                    HttpStatus.BAD_REQUEST,
                    "invalid-exercise",
                    InputProblems.bodyDetail(
                            errors.size(),
                            errors.get(0).pointer(),
                            errors.get(0).message()),
                    errors);
        }
        if (failure instanceof MisfitStepsException rejected) {
            List<Problem.FieldError> errors = rejected.problems().stream()
                    .map(problem -> new Problem.FieldError(LocationPointers.of(problem), problem.message()))
                    .toList();
            return Problems.response(
                    HttpStatus.BAD_REQUEST,
                    "invalid-program",
                    InputProblems.bodyDetail(
                            errors.size(),
                            errors.get(0).pointer(),
                            errors.get(0).message()),
                    errors);
        }
        if (failure instanceof BreaksStoredProgramsException breaking) {
            return conflict(
                    "breaks-programs",
                    breaking.getMessage(),
                    breaking.breaks().stream()
                            .map(broken -> new Problem.FieldError(
                                    StoredConflicts.pointer(broken), StoredConflicts.describe(broken)))
                            .toList(),
                    breaking.programs(),
                    breaking.breaks().stream()
                            .map(broken -> new Problem.StoredStep(
                                    broken.program().id().value(),
                                    StoredConflicts.storedStep(broken),
                                    broken.step().message()))
                            .toList());
        }
        if (failure instanceof ConflictException conflict) {
            String type = conflict.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
            return conflict(type, failure.getMessage(), List.of(), conflict.programs(), List.of());
        }
        if (failure instanceof StoreUnavailableException) {
            LOG.warn("Database unavailable: {}", failure.getMessage());
            return Problems.response(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "database-unavailable",
                    "The database is unavailable; try again shortly.");
        }
        return Problems.response(HttpStatus.BAD_REQUEST, "rejected", failure.getMessage());
    }

    private static HttpResponse<Problem> conflict(
            String type,
            String detail,
            List<Problem.FieldError> errors,
            List<String> programs,
            List<Problem.StoredStep> steps) {
        Problem problem = new Problem(
                Problems.TYPES + type,
                HttpStatus.CONFLICT.getReason(),
                HttpStatus.CONFLICT.getCode(),
                detail,
                errors,
                programs,
                steps);
        return HttpResponse.<Problem>status(HttpStatus.CONFLICT)
                .contentType(Problems.MEDIA_TYPE)
                .body(problem);
    }
}
