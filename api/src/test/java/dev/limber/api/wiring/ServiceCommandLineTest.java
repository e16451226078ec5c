package dev.limber.api.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.Application;
import dev.limber.api.start.ServiceCommandLine;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aSettingsFileThatIsNotYamlIsOneLineWithItsPlaceAndStatus2(@TempDir Path home) throws Exception {
        assertEquals(
                "limber-service: bad settings: " + home.resolve("limber.yml")
                        + ": not valid YAML at line 3, column 11: mapping values are not allowed here",
                badSettings(home, "datasources:\n  default:\n    url: a: b\n"));
    }

    @Test
    void aSettingOfTheWrongKindIsOneLineNamingItAndStatus2(@TempDir Path home) throws Exception {
        assertEquals(
                "limber-service: bad settings: micronaut.server.port cannot be 'eighty' (it takes int)",
                badSettings(home, "micronaut:\n  server:\n    port: eighty\n"));
    }

    @Test
    void aDatabaseSettingOfTheWrongKindIsToldTheSameWay(@TempDir Path home) throws Exception {
        assertEquals(
                "limber-service: bad settings: datasources.default.maximum-pool-size cannot be 'many' (it takes int)",
                badSettings(home, "datasources:\n  default:\n    maximum-pool-size: many\n"));
    }

    /**
     * Starts the service with {@code settings} as its limber.yml; it must end with status 2, no
     * stack trace and one line of its own, which is returned.
     */
    private static String badSettings(Path home, String settings) throws Exception {
        Files.writeString(home.resolve("limber.yml"), settings);
        Run run = service(Map.of("LIMBER_HOME", home.toString()));
        assertEquals(ServiceCommandLine.BAD_SETTINGS, run.status(), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace:\n" + run.output());
        List<String> own = run.output()
                .lines()
                .filter(line -> line.startsWith("limber-service:"))
                .toList();
        assertEquals(1, own.size(), run.output());
        return own.get(0);
    }

    private record Run(int status, String output) {}

    private static Run service(String... given) throws IOException, InterruptedException {
        return service(Map.of(), given);
    }

    /** Runs the service's main with these JVM options (-D…) or arguments, on a database in memory. */
    private static Run service(Map<String, String> environment, String... given)
            throws IOException, InterruptedException {
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
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Nothing of the build's own environment decides what the service reads.
        builder.environment().keySet().removeIf(name -> name.startsWith("LIMBER_") || name.startsWith("MICRONAUT_"));
        Path emptyHome = Files.createTempDirectory("limber-home");
        builder.environment().put("LIMBER_HOME", emptyHome.toString());
        builder.environment().putAll(environment);
        Process service = builder.start();
        boolean ended = service.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            service.destroyForcibly().waitFor();
        }
        String output = new String(service.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Files.deleteIfExists(emptyHome); // the database is in memory: nothing was written there
        assertTrue(ended, "the service kept running:\n" + output);
        return new Run(service.exitValue(), output);
    }
}
