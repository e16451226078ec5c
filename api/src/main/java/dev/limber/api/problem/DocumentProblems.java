package dev.limber.api.problem;

import dev.limber.formats.document.DocumentException;
import dev.limber.formats.document.InputProblems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A body the document reader refused (bad JSON, unknown field, wrong type, bad value) is a 400
 * that lists every problem with the JSON pointer to the field, as the CLI reports a file.
 */
@Singleton
@Produces(Problems.MEDIA_TYPE)
final class DocumentProblems implements ExceptionHandler<DocumentException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DocumentException failure) {
        List<Problem.FieldError> errors = failure.problems().stream()
                .map(problem -> new Problem.FieldError(problem.pointer(), problem.message()))
                .toList();
        return Problems.response(
                HttpStatus.BAD_REQUEST, "invalid-body", InputProblems.bodyDetail(failure.problems()), errors);
    }
}
