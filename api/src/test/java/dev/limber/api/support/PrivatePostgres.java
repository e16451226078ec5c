package dev.limber.api.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own (initdb into a temporary folder, on a free port), so a
 * test can freeze it (SIGSTOP) without touching the shared server. PostgreSQL refuses to run as
 * root: as root (CI) its programs run as the {@code postgres} user through {@code runuser}.
 * Skips the test when the server programs are not installed.
 */
public final class PrivatePostgres implements AutoCloseable {
    private static final Path BIN =
            Path.of(System.getenv().getOrDefault("LIMBER_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"));
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path folder;
    private final int port;
    private final Process server;
    private final long postmaster;

    private PrivatePostgres(Path folder, int port, Process server, long postmaster) {
        this.folder = folder;
        this.port = port;
        this.server = server;
        this.postmaster = postmaster;
    }

    public static PrivatePostgres start() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(BIN.resolve("postgres")) && Files.isExecutable(BIN.resolve("initdb")),
                "no PostgreSQL server programs in " + BIN + " (LIMBER_TEST_PG_BIN names another folder)");
        Path folder = Files.createTempDirectory("limber-private-pg-");
        if (ROOT) {
            UserPrincipal postgres =
                    folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(folder, postgres);
        }
        Path data = folder.resolve("data");
        run(
                List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres", "-N"),
                folder.resolve("initdb.log"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder(as(List.of(
                        BIN.resolve("postgres").toString(),
                        "-D",
                        data.toString(),
                        "-p",
                        String.valueOf(port),
                        "-k",
                        folder.toString(),
                        "-c",
                        "listen_addresses=127.0.0.1",
                        "-c",
                        "fsync=off")))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("server.log").toFile())
                .start();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(url, "postgres", "")) {
                break;
            } catch (SQLException notYet) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "the private PostgreSQL did not start: " + Files.readString(folder.resolve("server.log")),
                            notYet);
                }
                Thread.sleep(100);
            }
        }
        long postmaster = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        return new PrivatePostgres(folder, port, server, postmaster);
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** SIGSTOP to the server and every process of it: it keeps its connections and answers nothing. */
    public void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** SIGCONT: it answers again, where it stopped. */
    public void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    @Override
    public void close() throws Exception {
        signal("-CONT");
        signal("-QUIT"); // immediate shutdown
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    private void signal(String signal) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", signal, String.valueOf(postmaster)));
        ProcessHandle.of(postmaster)
                .ifPresent(handle -> handle.descendants().forEach(child -> command.add(String.valueOf(child.pid()))));
        new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
    }

    private static List<String> as(List<String> command) {
        if (!ROOT) {
            return command;
        }
        List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        asPostgres.addAll(command);
        return asPostgres;
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(as(command))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + Files.readString(log));
        }
    }
}
