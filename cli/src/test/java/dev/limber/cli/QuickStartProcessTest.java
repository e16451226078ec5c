package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} starting the command in a second, quicker JVM (dev.limber.cli.launch.QuickStart)
 * prints, reads and exits as the command run in one JVM: a stored program of the user's own
 * exercises, and a failure's exit status and message.
 */
class QuickStartProcessTest {
    @TempDir
    Path home;

    @TempDir
    Path jarFolder;

    @Test
    void aCommandRunThroughTheJarPrintsAndExitsAsOneRunInOneJvm() throws Exception {
        Path jar = LimberProcess.launcherJar(jarFolder);
        Path cache = home.resolve("archives");
        Map<String, String> environment = Map.of("LIMBER_CACHE", cache.toString());

        LimberProcess imported = LimberProcess.runJar(
                jar,
                home,
                environment,
                "import",
                StoreTest.fixture("good/leg-day.yaml").toString());
        assertEquals(ExitCodes.OK, imported.status(), imported.output());
        // Only the second JVM's start makes the cache folder, for the archive it writes as it ends.
        assertTrue(Files.isDirectory(cache), "no second JVM was started");
        try (Stream<Path> left = Files.list(cache)) {
            assertTrue(left.noneMatch(file -> file.toString().endsWith(".tmp")), "a half-made archive was left");
        }

        // A stored program of the user's own exercise (hip-airplane), not the built-in catalog's.
        LimberProcess viaJar = LimberProcess.runJar(jar, home, environment, "card", "airplane-leg-day");
        LimberProcess inOneJvm = LimberProcess.run(home, Map.of(), "card", "airplane-leg-day");
        assertEquals(ExitCodes.OK, viaJar.status(), viaJar.output());
        assertTrue(viaJar.out().contains("Hip Airplane"), viaJar.out());
        assertEquals(inOneJvm, viaJar);

        LimberProcess missing = LimberProcess.runJar(jar, home, environment, "card", "no-such-program");
        assertEquals(LimberProcess.run(home, Map.of(), "card", "no-such-program"), missing);
        assertEquals(ExitCodes.INVALID_INPUT, missing.status(), missing.output());
    }
}
