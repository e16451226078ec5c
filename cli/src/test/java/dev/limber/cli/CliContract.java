package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.program.ProgramId;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The CLI through picocli with captured output, against a real database; subclasses say which.
 * Every test checks the exit code, what was printed and what the database holds afterwards.
 */
abstract class CliContract extends StoreTest {
    static final String GOOD = """
            limber: 1
            exercises:
              - id: hip-airplane
                name: Hip Airplane
                kind: mobility
                laterality: per-side
                primary: [glutes, hips]
                cues: ["Hinge on one leg and rotate the pelvis open and closed"]
            programs:
              - id: airplane-warm-up
                name: Airplane Warm-Up
                tags: [warm-up]
                sessions:
                  - name: Warm-up
                    phases:
                      - phase: warm-up
                        steps:
                          - exercise: hip-airplane
                            duration: 45s
                            perSide: true
                          - exercise: leg-swings
                            duration: 30s
                            perSide: true
            """;

    @Test
    void importsADocumentThatTheStoreThenHolds() throws IOException {
        CliRun run = limber("import", file("good.yaml", GOOD).toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("exercises: 1 created"), run.out());
        assertTrue(run.out().contains("programs:  1 created"), run.out());
        assertEquals(
                "Hip Airplane",
                store.getBean(Exercises.class)
                        .find(ExerciseId.of("hip-airplane"))
                        .orElseThrow()
                        .value()
                        .name());
        assertTrue(store.getBean(Programs.class)
                .find(ProgramId.of("airplane-warm-up"))
                .isPresent());

        CliRun again = limber("import", file("good.yaml", GOOD).toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("exercises: 0 created, 0 replaced, 0 skipped, 1 unchanged"), again.out());
    }

    @Test
    void aMalformedDocumentExitsWith3NamingFileAndLineAndWritesNothing() throws IOException {
        long before = exercises();
        Path bad = file("bad.yaml", "limber: 1\nexercises:\n  - id: broken\n    name: [unclosed\n");
        CliRun run = limber("import", bad.toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains(bad + ":5:1:") || run.err().contains(bad + ":4:"), run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertTrue(run.out().isEmpty(), "no data on stdout: " + run.out());
        assertEquals(before, exercises());
    }

    @Test
    void aStepNamingAnUnknownExerciseIsLocatedAndNothingIsWritten() throws IOException {
        long before = exercises();
        Path bad = file(
                "unknown.yaml",
                GOOD.replace("hip-airplane", "new-move").replace("exercise: leg-swings", "exercise: no-such-move"));
        CliRun run = limber("import", bad.toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.out());
        assertTrue(run.err().contains(bad + ":21:27: unknown exercise no-such-move"), run.err());
        assertTrue(run.err().contains("no-such-move"), run.err());
        assertEquals(before, exercises());
        assertTrue(
                store.getBean(Exercises.class).find(ExerciseId.of("new-move")).isEmpty());
    }

    @Test
    void aDryRunReportsButWritesNothing() throws IOException {
        long before = exercises();
        CliRun run = limber(
                "import",
                "--dry-run",
                file("dry.yaml", GOOD.replace("hip-airplane", "dry-move").replace("airplane-warm-up", "dry-warm-up"))
                        .toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Dry run"), run.out());
        assertEquals(before, exercises());
    }

    @Test
    void anUnknownConflictPolicyIsABadCommandLine() throws IOException {
        CliRun run =
                limber("import", "--on-conflict=merge", file("x.yaml", GOOD).toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--on-conflict") && run.err().contains("fail, skip, replace"), run.err());
    }

    @Test
    void databaseOptionsAndVerboseGoBeforeTheCommandAsWellAsAfterIt() throws IOException {
        Path document = file(
                "global.yaml",
                GOOD.replace("hip-airplane", "global-airplane").replace("airplane-warm-up", "global-warm-up"));
        java.util.List<String> args = new java.util.ArrayList<>(CliRun.databaseOptions(database));
        args.add(0, "-v");
        args.addAll(java.util.List.of("import", document.toString()));

        CliRun before = CliRun.of(args.toArray(String[]::new));

        assertEquals(ExitCodes.OK, before.exitCode(), before.err());
        assertTrue(store.getBean(Programs.class)
                .find(ProgramId.of("global-warm-up"))
                .isPresent());

        CliRun after = limber("card", "global-warm-up", "-v");
        assertEquals(ExitCodes.OK, after.exitCode(), after.err());
        assertTrue(after.out().contains("AIRPLANE"), after.out());
    }

    @Test
    void verboseBeforeTheCommandShowsTheStackTraceOfAFailure() {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-v"));
        args.addAll(CliRun.databaseOptions(database));
        args.addAll(java.util.List.of("card", "no-such-program"));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("\tat "), "a stack trace with -v before the command: " + run.err());
    }
}
