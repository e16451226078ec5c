package dev.limber.cli.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When {@code java -jar} starts a second, quicker JVM, and with what command line. */
class QuickStartTest {

    @Test
    void commandsThatDoWorkGoToASecondJvmHelpVersionAndCompletionRunHere() {
        assertTrue(QuickStart.worthIt(new String[] {"card", "quick-leg-day-warm-up"}));
        assertTrue(QuickStart.worthIt(new String[] {"--db", "jdbc:h2:mem:x", "import", "a.yaml"}));
        assertFalse(QuickStart.worthIt(new String[] {}));
        assertFalse(QuickStart.worthIt(new String[] {"--version"}));
        assertFalse(QuickStart.worthIt(new String[] {"-V"}));
        assertFalse(QuickStart.worthIt(new String[] {"card", "--help"}));
        assertFalse(QuickStart.worthIt(new String[] {"import", "-h"}));
        assertFalse(QuickStart.worthIt(new String[] {"help", "card"}));
        assertFalse(QuickStart.worthIt(new String[] {"completion"}));
    }

    @Test
    void switchedOffByPropertyOrEnvironment() {
        assertFalse(QuickStart.switchedOff(null, null));
        assertFalse(QuickStart.switchedOff("on", ""));
        assertTrue(QuickStart.switchedOff("off", null));
        assertTrue(QuickStart.switchedOff(null, "OFF"));
        assertTrue(QuickStart.switchedOff("false", null));
    }

    @Test
    void theSecondJvmGetsTheSameOptionsJarAndArgumentsWithTheQuickStartOptionsBeforeTheJar() {
        String[] args = {"card", "my program", "--format", "html"};
        QuickStart.Start start = QuickStart.Start.of(
                        List.of(
                                "-Xmx1g",
                                "-Dlimber.home=/data",
                                "-jar",
                                "cli/limber-cli.jar",
                                "card",
                                "my program",
                                "--format",
                                "html"),
                        args)
                .orElseThrow();

        assertEquals(List.of("-Xmx1g", "-Dlimber.home=/data"), start.options());
        assertEquals("cli/limber-cli.jar", start.jar());
        assertFalse(start.choseAlready());
        assertEquals(
                List.of(
                        "/jdk/bin/java",
                        "-Xmx1g",
                        "-Dlimber.home=/data",
                        "-XX:SharedArchiveFile=/c/a.jsa",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        "cli/limber-cli.jar",
                        "card",
                        "my program",
                        "--format",
                        "html"),
                start.command("/jdk/bin/java", List.of("-XX:SharedArchiveFile=/c/a.jsa")));
    }

    @Test
    void aStartItCannotReadForSureRunsHere() {
        String[] args = {"card", "x"};
        // not started with -jar (java -cp ... dev.limber.cli.Limber), or -jar without a jar
        assertTrue(QuickStart.Start.of(List.of("-cp", "a.jar", "dev.limber.cli.Limber", "card", "x"), args)
                .isEmpty());
        assertTrue(QuickStart.Start.of(List.of("-jar"), args).isEmpty());
        // arguments that are not the command's own (rewritten by the launcher)
        assertTrue(
                QuickStart.Start.of(List.of("-jar", "a.jar", "card", "y"), args).isEmpty());
        assertTrue(QuickStart.Start.of(List.of("-jar", "a.jar", "card"), args).isEmpty());
        // options in an @file, which the command line does not show
        assertTrue(QuickStart.Start.of(List.of("@options", "-jar", "a.jar", "card", "x"), args)
                .isEmpty());
    }

    @Test
    void optionsThatAlreadyChooseHowTheJvmStartsAreLeftAsGiven() {
        String[] args = {"card", "x"};
        for (String option : List.of(
                "-XX:TieredStopAtLevel=1", // bin/limber, and the second JVM itself
                "-XX:SharedArchiveFile=/c/a.jsa",
                "-XX:ArchiveClassesAtExit=/c/a.jsa", // bin/limber's training run
                "-XX:AOTCache=/c/a.aot",
                "-Xshare:off",
                "-Dlimber.quick-start=off")) {
            QuickStart.Start start = QuickStart.Start.of(List.of(option, "-jar", "a.jar", "card", "x"), args)
                    .orElseThrow();
            assertTrue(start.choseAlready(), option);
        }
    }
}
