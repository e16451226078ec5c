package dev.limber.api.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import dev.limber.api.support.ServiceProcess;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default database, as an operator meets a crash: four writers PUT new exercises
 * into a real service process, the process is killed with SIGKILL in the middle of their writes,
 * and the service is started again on the same data folder. That first start after the crash
 * must come up (the database recovers, and the log says so), and every write that was answered
 * 200/201 before the kill must be there.
 */
class CrashRecoveryTest {
    private static final String READY = "/api/v1/exercises/leg-swings";
    private static final int WRITERS = 4;

    @TempDir
    Path home;

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndTheFirstStartAfterItSucceeds() throws Exception {
        Map<String, String> environment = Map.of("LIMBER_HOME", home.toString());
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        try (ServiceProcess service = ServiceProcess.start(home.resolve("before-crash.log"), environment)) {
            service.awaitAnswer(READY, Duration.ofSeconds(120));
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (int w = 1; w <= WRITERS; w++) {
                int writer = w;
                Thread thread = new Thread(() -> write(service, writer, writing, acknowledged), "writer-" + writer);
                thread.start();
                writers.add(thread);
            }
            // Long enough for every writer to have many writes answered, some of them just before the kill.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Thread.sleep(2_000);
            while (acknowledged.size() < 200 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            service.kill();
            writing.set(false);
            for (Thread writer : writers) {
                writer.join(30_000);
            }
        }
        assertTrue(acknowledged.size() >= 50, "too few writes were answered to test: " + acknowledged.size());

        try (ServiceProcess restarted = ServiceProcess.start(home.resolve("after-crash.log"), environment)) {
            restarted.awaitAnswer(READY, Duration.ofSeconds(120));
            List<String> lost = new ArrayList<>();
            for (String id : acknowledged) {
                HttpResponse<Void> response = restarted
                        .http()
                        .send(
                                HttpRequest.newBuilder(restarted.uri("/api/v1/exercises/" + id))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    lost.add(id + " (" + response.statusCode() + ")");
                }
            }
            assertEquals(
                    List.of(),
                    lost,
                    lost.size() + " of " + acknowledged.size() + " acknowledged writes are gone after the crash");
            String log = restarted.output();
            assertTrue(
                    log.contains("was not closed cleanly") && log.contains("is recovering"),
                    "the first start after the crash should say the database is recovering:\n" + log);
        }
    }

    /** PUTs new exercises one after another, noting each one the service acknowledged. */
    private static void write(ServiceProcess service, int writer, AtomicBoolean writing, Queue<String> acknowledged) {
        for (int n = 1; writing.get(); n++) {
            String id = "crash-w" + writer + "-" + n;
            String body = "{\"id\":\"" + id + "\",\"name\":\"Crash move " + writer + " " + n
                    + "\",\"kind\":\"mobility\",\"primary\":[\"hips\"]}";
            try {
                HttpResponse<Void> response = service.http()
                        .send(
                                HttpRequest.newBuilder(service.uri("/api/v1/exercises/" + id))
                                        .timeout(Duration.ofSeconds(30))
                                        .header("Authorization", "Bearer " + Http.TOKEN)
                                        .header("Content-Type", "application/json")
                                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 || response.statusCode() == 201) {
                    acknowledged.add(id);
                }
            } catch (IOException killed) {
                return; // the service is gone: this write was never acknowledged
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
