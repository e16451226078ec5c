package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code limber} in a process of its own, as a user starts it: the CLI's own logging
 * set-up, {@code LIMBER_HOME} at the test's folder and none of the build's database settings, so
 * what the command reads and creates there is what a user's first run would.
 *
 * @param status the exit code
 * @param out    what it printed on stdout
 * @param err    what it printed on stderr
 */
record LimberProcess(int status, String out, String err) {

    /** Runs {@code limber ARGS} with {@code LIMBER_HOME=home} and these extra environment variables. */
    static LimberProcess run(Path home, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                // The CLI's own logging set-up, as a user runs it: without the test classes,
                // whose logback-test.xml is chattier.
                "-cp",
                classPathWithoutTests(),
                Limber.class.getName()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("limber-out", ".txt");
        Path err = Files.createTempFile("limber-err", ".txt");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment()
                    .keySet()
                    .removeIf(name -> name.startsWith("DATASOURCES_")
                            || name.startsWith("LIMBER_")
                            || name.startsWith("MICRONAUT_")
                            || name.equals("JAVA_TOOL_OPTIONS"));
            builder.environment().put("LIMBER_HOME", home.toString());
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            LimberProcess run = new LimberProcess(
                    ended ? process.exitValue() : -1,
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            assertTrue(ended, "the CLI kept running:\n" + run.output());
            return run;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** stderr, then stdout: everything the run printed. */
    String output() {
        return err + out;
    }

    /** The tests' class path without their own classes and resources (logback-test.xml). */
    static String classPathWithoutTests() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
