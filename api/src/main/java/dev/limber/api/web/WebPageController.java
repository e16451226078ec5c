package dev.limber.api.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/**
 * The service's home: {@code GET /} sends a browser to the web page, whose static files are
 * served under {@code /web/} (application.yml) and which talks only to {@code /api/v1}. Not part
 * of the API.
 */
@Hidden
@Controller
final class WebPageController {
    static final URI PAGE = URI.create("/web/");

    @Get
    HttpResponse<?> home() {
        return HttpResponse.seeOther(PAGE);
    }
}
