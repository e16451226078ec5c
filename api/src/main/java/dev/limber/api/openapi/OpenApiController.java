package dev.limber.api.openapi;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URL;
import java.util.Optional;

/**
 * Serves the OpenAPI document that micronaut-openapi generated at build time at a stable
 * address, {@code /openapi.yml}. (It is also at {@code /swagger/limber-api.yml}, where Swagger UI
 * reads it.) Not itself part of the API it describes.
 */
@Hidden
@Controller
final class OpenApiController {
    static final String SPEC = "classpath:META-INF/swagger/limber-api.yml";
    private final ResourceResolver resources;

    OpenApiController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    HttpResponse<StreamedFile> spec() {
        Optional<URL> spec = resources.getResource(SPEC);
        return spec.map(url -> HttpResponse.ok(new StreamedFile(url)).contentType("application/yaml"))
                .orElseGet(HttpResponse::notFound);
    }

    /** Swagger UI's page, at the address without the trailing path. */
    @Get("/swagger-ui")
    HttpResponse<?> swaggerUi() {
        return HttpResponse.permanentRedirect(java.net.URI.create("/swagger-ui/index.html"));
    }
}
