package dev.limber.cli;

import dev.limber.domain.docs.MarkedBlocks;
import dev.limber.domain.docs.ShellPage;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/cli.md as a reader runs it: its {@code <!-- runnable -->} blocks run verbatim in bash from
 * the repository's root, in page order, on one fresh embedded database ({@code LIMBER_HOME} in a
 * temporary folder), and what they print must be what the page shows ({@link ShellPage}). The
 * page's {@code java -jar cli/target/limber-cli.jar} runs this build's classes through the same
 * entry point ({@link Limber#main}) and logging set-up as the jar, which is made after the tests.
 */
class CliPageTest {
    private static final String PRELUDE = """
            unset DATASOURCES_DEFAULT_URL DATASOURCES_DEFAULT_USERNAME DATASOURCES_DEFAULT_PASSWORD
            java() {
              if [ "$1" = -jar ] && [ "$2" = cli/target/limber-cli.jar ]; then
                shift 2
                command "$LIMBER_TEST_JAVA" -XX:TieredStopAtLevel=1 -cp "$LIMBER_TEST_CLASSPATH" \\
                  dev.limber.cli.Limber "$@"
              else
                command java "$@"
              fi
            }
            """;

    @TempDir
    Path home;

    @Test
    void theRunnableBlocksOfTheCliPageRunAndPrintWhatThePageShows() throws Exception {
        Path page = MarkedBlocks.page("cli.md");
        Path root = page.getParent().getParent();
        new ShellPage(
                        page,
                        root,
                        Map.of(
                                "LIMBER_HOME", home.toString(),
                                "LIMBER_TEST_JAVA",
                                        Path.of(System.getProperty("java.home"), "bin", "java")
                                                .toString(),
                                // The CLI's own logging set-up, as the jar has it.
                                "LIMBER_TEST_CLASSPATH", LimberProcess.classPathWithoutTests()),
                        PRELUDE)
                .check();
    }
}
