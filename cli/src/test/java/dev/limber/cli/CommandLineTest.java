package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says without touching a database. */
class CommandLineTest {

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("import") && run.out().contains("Exit codes"), run.out());
        assertTrue(run.out().contains("4   database unavailable"), run.out());
    }

    @Test
    void versionNamesLimberAndJava() {
        CliRun run = CliRun.of("--version");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().startsWith("limber "), run.out());
    }

    @Test
    void anUnknownOptionIsABadCommandLine() {
        CliRun run = CliRun.of("import", "--no-such-option", "x.yaml");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--no-such-option"), run.err());
    }

    @Test
    void anUnreachableDatabaseExitsWith4WithoutAStackTrace(@TempDir Path folder) throws Exception {
        Path document = folder.resolve("one.yaml");
        Files.writeString(document, CliContract.GOOD);
        CliRun run = CliRun.of(
                "import", document.toString(), "--db=jdbc:postgresql://127.0.0.1:1/nothing", "--db-user=nobody");
        assertEquals(ExitCodes.DATABASE_UNAVAILABLE, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot open the database jdbc:postgresql://127.0.0.1:1/nothing"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose: " + run.err());
    }

    @Test
    void everyClosedSetRefusesAnUnknownNameByListingTheAllowedOnes() {
        String[][] cases = {
            {"card", "--format=pdf", "quick-leg-day-warm-up", "--format", "text, markdown, html"},
            {"validate", "--output=xml", "x.yaml", "--output", "text, json"},
            {"import", "--on-conflict=merge", "x.yaml", "--on-conflict", "fail, skip, replace"},
            {"import", "--format=csv", "x.yaml", "--format", "limber, free-exercise-db"},
            {"export", "--output-format=toml", "", "--output-format", "json, yaml"},
            {"warm-up", "--targets=hips,toes", "", "--targets", "'toes' is not one of"},
        };
        for (String[] one : cases) {
            CliRun run = one[2].isEmpty() ? CliRun.of(one[0], one[1]) : CliRun.of(one[0], one[1], one[2]);
            assertEquals(ExitCodes.USAGE, run.exitCode(), String.join(" ", one) + ": " + run.err());
            assertTrue(run.err().contains(one[3]) && run.err().contains(one[4]), run.err());
        }
    }

    @Test
    void closedSetNamesAreReadInAnyCase() {
        CliRun run = CliRun.of("import", "--format=FREE-EXERCISE-DB", "--input-format=yaml", "x.json");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(
                run.err().contains("--input-format yaml does not apply to --format free-exercise-db"),
                "both names were understood: " + run.err());
    }

    @Test
    void completionOffersTheNamesOfEveryClosedSet() {
        CliRun run = CliRun.of("completion");
        for (String name : new String[] {"markdown", "replace", "free-exercise-db", "yaml", "lower-back"}) {
            assertTrue(run.out().contains(name), "completes " + name);
        }
    }

    @Test
    void completionPrintsABashScriptThatKnowsEveryCommand() {
        CliRun run = CliRun.of("completion");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("complete -F"), run.out());
        for (String command : new String[] {
            "import",
            "export",
            "validate",
            "card",
            "timeline",
            "warm-up",
            "desk-breaks",
            "db",
            "migrate",
            "--on-conflict",
            "--input-format",
            "free-exercise-db"
        }) {
            assertTrue(run.out().contains(command), "completes " + command);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {
            "import", "export", "validate", "card", "timeline", "warm-up", "desk-breaks", "db", "completion"
        }) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(ExitCodes.OK, run.exitCode(), command + ": " + run.err());
            assertTrue(run.out().startsWith("Usage: limber " + command), run.out());
        }
        assertTrue(CliRun.of("db", "info", "--help").out().startsWith("Usage: limber db info"));
    }

    @Test
    void verboseShowsTheStackTraceOfAFailure() {
        CliRun run =
                CliRun.of("db", "info", "--db=jdbc:postgresql://127.0.0.1:1/nothing", "--db-user=nobody", "--verbose");
        assertEquals(ExitCodes.DATABASE_UNAVAILABLE, run.exitCode(), run.err());
        assertTrue(run.err().contains("\tat "), "stack trace with --verbose: " + run.err());
    }
}
