package dev.limber.api.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.Application;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The service as a supervisor sees it: a database that cannot be prepared ends the process with
 * status 1 and one line naming the database without its URL parameters. A JVM of its own, since
 * the service ends it.
 */
class StoreThatCannotStartTest {

    @Test
    void aDatabaseThatCannotBePreparedEndsTheServiceWithStatus1AndOneLine() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process service = new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dlimber.store.exit-on-start-failure=true",
                        "-Dmicronaut.server.port=-1",
                        // H2 refuses to open a database that does not exist: the preparation fails.
                        "-Ddatasources.default.url=jdbc:h2:mem:missing;IFEXISTS=TRUE",
                        Application.class.getName()))
                .redirectErrorStream(true)
                .start();
        boolean ended = service.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            service.destroyForcibly().waitFor();
        }
        String output = read(service);
        assertTrue(ended, "the service kept running:\n" + output);
        assertEquals(1, service.exitValue(), output);
        List<String> errors = output.lines()
                .filter(line -> line.contains("Cannot prepare the database"))
                .toList();
        assertEquals(1, errors.size(), output);
        assertTrue(errors.get(0).contains("Cannot prepare the database jdbc:h2:mem:missing: "), errors.get(0));
        assertTrue(
                !errors.get(0).contains("missing;") && !output.contains("\tat "),
                "no parameters, no stack trace:\n" + output);
    }

    private static String read(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
