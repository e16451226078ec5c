package dev.limber.api.support;

import dev.limber.api.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service in a JVM of its own, as an operator runs it (the test class path and
 * {@link Application}'s main), for what only a real process shows: a crash, an exit status.
 * Its output goes to a file, read with {@link #output()}.
 */
public final class ServiceProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the service with this environment on top of a clean one (no database or Limber
     * settings inherited from the build's environment), on a free port, with the test token.
     */
    public static ServiceProcess start(Path log, Map<String, String> environment, String... jvmOptions)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Small and quick: the machine runs the rest of the build beside it.
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "-Dlimber.store.exit-on-start-failure=true",
                Application.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("DATASOURCES_")
                        || name.startsWith("LIMBER_")
                        || name.startsWith("MICRONAUT_")
                        || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        // The test token unless the test sets one (an empty one: the service generates its own).
        builder.environment().putIfAbsent("LIMBER_ADMIN_TOKEN", Http.TOKEN);
        return new ServiceProcess(builder.start(), log, port);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * Waits until the service answers {@code path} with 200 (a store read waits for the
     * database's preparation). Fails, with the service's output, if the process ends first.
     */
    public void awaitAnswer(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the service ended with status " + process.exitValue() + " before answering:\n" + output());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(uri(path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the service did not answer " + path + " within " + timeout + ":\n" + output());
    }

    /** SIGKILL: the process ends at once, as in a crash or an OOM kill; nothing of it runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public HttpClient http() {
        return http;
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** SIGTERM, and SIGKILL if it has not ended after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
