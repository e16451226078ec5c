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
        return run(
                List.of(
                        "-XX:TieredStopAtLevel=1",
                        // The CLI's own logging set-up, as a user runs it: without the test classes,
                        // whose logback-test.xml is chattier.
                        "-cp",
                        classPathWithoutTests(),
                        Limber.class.getName()),
                home,
                environment,
                arguments);
    }

    /**
     * Runs {@code java -jar JAR ARGS} as a user starts the built jar: {@code jar} names the same
     * classes and starts as the built one does (see {@link #launcherJar}).
     */
    static LimberProcess runJar(Path jar, Path home, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        return run(List.of("-jar", jar.toString()), home, environment, arguments);
    }

    /**
     * A jar holding only a manifest: the built jar's entry point, and this build's classes and
     * libraries (the tests' class path without the test classes) on its class path.
     */
    static Path launcherJar(Path folder) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes attributes = manifest.getMainAttributes();
        attributes.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(java.util.jar.Attributes.Name.MAIN_CLASS, dev.limber.cli.launch.QuickStart.class.getName());
        attributes.put(
                java.util.jar.Attributes.Name.CLASS_PATH,
                java.util.Arrays.stream(classPathWithoutTests().split(java.io.File.pathSeparator))
                        .map(entry -> Path.of(entry).toUri().toString())
                        .collect(java.util.stream.Collectors.joining(" ")));
        Path jar = folder.resolve("limber-cli.jar");
        try (java.util.jar.JarOutputStream out =
                new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
            // the manifest is all
        }
        return jar;
    }

    private static LimberProcess run(
            List<String> start, Path home, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(start);
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
