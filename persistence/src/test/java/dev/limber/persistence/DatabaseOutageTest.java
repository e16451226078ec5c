package dev.limber.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.StoreStartup;
import dev.limber.domain.port.StoreUnavailableException;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.usecase.SeedBuiltInCatalog;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * A database that goes away and comes back: calls fail fast with the typed "unavailable" error,
 * then work again without restarting the application. A real H2 server is stopped and started.
 */
class DatabaseOutageTest {

    @Test
    void aLostDatabaseIsReportedAsUnavailableAndRecoveredWithoutRestart() throws Exception {
        Path folder = Files.createTempDirectory("limber-outage");
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", folder.toString())
                .start();
        int port = server.getPort();
        String url = "jdbc:h2:tcp://localhost:" + port + "/limber;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";
        ApplicationContext starting = ApplicationContext.builder()
                .properties(Map.of(
                        "datasources.default.url",
                        url,
                        "datasources.default.username",
                        "sa",
                        "datasources.default.password",
                        "",
                        "datasources.default.connection-timeout",
                        "1000"))
                .build();
        // Seeded as the applications seed it, so there is data to lose and find again.
        starting.registerSingleton(
                StoreStartup.Step.class,
                () -> new SeedBuiltInCatalog(
                                starting.getBean(Exercises.class),
                                starting.getBean(Programs.class),
                                starting.getBean(Transactions.class))
                        .ifEmpty());
        try (ApplicationContext context = starting.start()) {
            Exercises exercises = context.getBean(Exercises.class);
            long seeded = exercises.count();
            assertTrue(seeded > 0, "the built-in catalog was loaded");

            server.stop();
            long started = System.nanoTime();
            StoreUnavailableException down = assertThrows(StoreUnavailableException.class, exercises::count);
            assertTrue(down.getMessage().startsWith("the database is unavailable"), down.getMessage());
            assertTrue(System.nanoTime() - started < 30_000_000_000L, "fails fast, not after a long hang");

            server = Server.createTcpServer(
                            "-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", folder.toString())
                    .start();
            assertEquals(seeded, exercises.count(), "serves again once the database is back");
        } finally {
            server.stop();
        }
    }
}
