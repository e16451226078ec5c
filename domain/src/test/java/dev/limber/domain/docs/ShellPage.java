package dev.limber.domain.docs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.docs.MarkedBlocks.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs the {@code <!-- runnable -->} command blocks of a page verbatim in bash, in page order, and
 * checks them: each block must end with exit code 0, or the one its marker names
 * ({@code <!-- runnable exit=3 -->}); an {@code <!-- output -->} block after it must be what the
 * block printed, stdout and stderr together, where {@code …} stands for text left out
 * ({@link MarkedBlocks#matches}). Bash runs with {@code -e}: a block stops at its first failing
 * command. Shared by the doc tests of the CLI and the service.
 */
public final class ShellPage {
    private final Path page;
    private final Path directory;
    private final Map<String, String> environment;
    private final String prelude;

    /**
     * @param page        the page
     * @param directory   where the blocks run (the repository's root, where the page's paths start)
     * @param environment variables to set for every block
     * @param prelude     bash run before each block, e.g. functions that stand in for a command
     */
    public ShellPage(Path page, Path directory, Map<String, String> environment, String prelude) {
        this.page = page;
        this.directory = directory;
        this.environment = Map.copyOf(environment);
        this.prelude = prelude;
    }

    /** Runs every runnable block and fails with every mismatch of the page at once. */
    public void check() throws IOException, InterruptedException {
        List<Executable> checks = new ArrayList<>();
        Run last = null;
        for (Block block : MarkedBlocks.of(page)) {
            if (block.marker().equals(MarkedBlocks.RUNNABLE)) {
                Run run = run(block);
                last = run;
                int expected = Integer.parseInt(block.settings().getOrDefault("exit", "0"));
                checks.add(() -> assertEquals(
                        expected,
                        run.exitCode(),
                        block.place(page) + ": exit code; the block printed:\n" + run.output()));
            } else if (block.marker().equals(MarkedBlocks.OUTPUT)) {
                Run shownAfter = last;
                assertTrue(
                        shownAfter != null, block.place(page) + ": an output block with no runnable block before it");
                checks.add(() -> assertTrue(
                        MarkedBlocks.matches(block.text(), shownAfter.output()),
                        block.place(page) + ": the page shows\n" + block.text() + "but the block printed\n"
                                + shownAfter.output()));
                last = null;
            }
        }
        assertFalse(checks.isEmpty(), page + " has no runnable block");
        assertAll(checks);
    }

    private record Run(int exitCode, String output) {}

    private Run run(Block block) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-e", "-c", prelude + "\n" + block.text())
                .directory(directory.toFile())
                .redirectErrorStream(true);
        bash.environment().putAll(environment);
        Process process = bash.start();
        process.getOutputStream().close();
        // Read on another thread, so that a block that never ends cannot hold the test forever.
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException closed) {
                output.append("(output lost: ").append(closed.getMessage()).append(')');
            }
        });
        reader.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(block.place(page) + ": the block did not end within 2 minutes");
        }
        reader.join();
        return new Run(process.exitValue(), output.toString());
    }
}
