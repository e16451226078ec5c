package dev.limber.api.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.Application;
import dev.limber.api.start.ServiceCommandLine;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The service's own command line, as an operator meets it: --help and --version answer instead
 * of starting, and a port another process holds is one line naming it, with its own status. A
 * JVM of its own each, since the service ends it.
 */
class ServiceCommandLineTest {

    @Test
    void helpAnswersWithTheSettingsAndExitCodesInsteadOfStarting() throws Exception {
        Run run = service("--help");

        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().startsWith("Usage: java -jar limber-api.jar"), run.output());
        assertTrue(run.output().contains("MICRONAUT_SERVER_PORT"), run.output());
        assertTrue(run.output().contains("3  the port is in use"), run.output());
        assertFalse(run.output().contains("listens on port"), "did not start: " + run.output());
    }

    @Test
    void versionAnswersInsteadOfStarting() throws Exception {
        Run run = service("--version");

        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().startsWith("limber-service "), run.output());
        assertFalse(run.output().contains("listens on port"), run.output());
    }

    @Test
    void aPortInUseIsOneLineNamingThePortAndTheSettingWithStatus3() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            Run run = service("-Dmicronaut.server.port=" + port);

            assertEquals(ServiceCommandLine.PORT_IN_USE, run.status(), run.output());
            List<String> lines = run.output()
                    .lines()
                    .filter(line -> line.startsWith("limber-service:"))
                    .toList();
            assertEquals(
                    List.of("limber-service: cannot listen: port " + port + " is in use by another process."
                            + " Stop that process, or set MICRONAUT_SERVER_PORT (or --micronaut.server.port=N) to a"
                            + " free port."),
                    lines,
                    run.output());
            assertFalse(run.output().contains("\tat "), "no stack trace:\n" + run.output());
        }
    }

    private record Run(int status, String output) {}

    /** Runs the service's main with these JVM options (-D…) or arguments, on a database in memory. */
    private static Run service(String... given) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Ddatasources.default.url=jdbc:h2:mem:service-command-line"));
        List<String> arguments = new ArrayList<>();
        for (String one : given) {
            (one.startsWith("-D") ? command : arguments).add(one);
        }
        command.add(Application.class.getName());
        command.addAll(arguments);
        Process service = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean ended = service.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            service.destroyForcibly().waitFor();
        }
        String output = new String(service.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the service kept running:\n" + output);
        return new Run(service.exitValue(), output);
    }
}
