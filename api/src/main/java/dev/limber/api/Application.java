package dev.limber.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts Limber's HTTP service. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Limber",
                        version = "1",
                        description =
                                "Exercises and programs checked against training guidelines: findings, guided-timer"
                                        + " timelines, warm-ups, printable routine cards and desk-break plans. Reads are open; writes"
                                        + " need Authorization: Bearer <admin token>. Errors are application/problem+json (RFC 9457).",
                        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
@SecurityScheme(
        name = "admin",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "The admin token: LIMBER_ADMIN_TOKEN, or the one logged at start when that is unset.")
public final class Application {
    private Application() {}

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
