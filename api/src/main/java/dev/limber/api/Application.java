package dev.limber.api;

import dev.limber.api.start.ServiceCommandLine;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.context.exceptions.DependencyInjectionException;
import io.micronaut.http.server.exceptions.ServerStartupException;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.exceptions.ApplicationStartupException;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** Starts Limber's HTTP service. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Limber",
                        // The build writes the service's version here (FinishDocument).
                        version = "0",
                        description =
                                "Exercises and programs checked against training guidelines: findings, guided-timer"
                                        + " timelines, warm-ups, printable routine cards and desk-break plans. Reads are open; writes"
                                        + " need Authorization: Bearer <admin token>. Errors are application/problem+json (RFC 9457)."
                                        + " Within /api/v1 the API only grows: docs/http-api.md says what counts as a"
                                        + " breaking change and how to generate a client.",
                        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers =
                @Server(
                        url = "/",
                        description = "The service that serves this document (it listens on port 8080 unless"
                                + " MICRONAUT_SERVER_PORT says otherwise)."))
@SecurityScheme(
        name = "admin",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "The admin token: LIMBER_ADMIN_TOKEN, or the one logged at start when that is unset.")
public final class Application {
    private Application() {}

    public static void main(String[] args) {
        Optional<Integer> answered = ServiceCommandLine.answer(args, System.out);
        if (answered.isPresent()) {
            System.exit(answered.get());
        }
        try {
            Micronaut.build(args)
                    .mainClass(Application.class)
                    // 0: Micronaut neither logs the failure with its stack trace nor exits; it
                    // throws, and the failure is told below in one line.
                    .mapError(ServerStartupException.class, failure -> 0)
                    .mapError(ApplicationStartupException.class, failure -> 0)
                    .mapError(ConfigurationException.class, failure -> 0)
                    // Settings of the wrong kind surface as a bean that could not be made.
                    .mapError(DependencyInjectionException.class, failure -> 0)
                    .mapError(BeanInstantiationException.class, failure -> 0)
                    .start();
        } catch (ApplicationStartupException failure) {
            Optional<String> badSettings = ServiceCommandLine.badSettings(failure);
            if (badSettings.isPresent()) {
                System.err.println(badSettings.get());
                System.exit(ServiceCommandLine.BAD_SETTINGS);
            }
            Optional<String> portInUse = ServiceCommandLine.portInUse(failure);
            if (portInUse.isPresent()) {
                System.err.println(portInUse.get());
                System.exit(ServiceCommandLine.PORT_IN_USE);
            }
            LoggerFactory.getLogger(Application.class).error("Error starting the service", failure);
            System.exit(ServiceCommandLine.START_FAILED);
        }
    }
}
