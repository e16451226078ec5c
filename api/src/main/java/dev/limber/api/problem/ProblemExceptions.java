package dev.limber.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers the service's own refusals ({@link ProblemException}) with their problem. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
final class ProblemExceptions implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException failure) {
        return Problems.response(failure.status(), failure.type(), failure.getMessage(), failure.errors());
    }
}
