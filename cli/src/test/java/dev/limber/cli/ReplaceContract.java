package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.port.Exercises;
import dev.limber.persistence.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 through the command line: {@code --on-conflict replace} cannot break a stored program,
 * the built-in exercises it overwrites are named, and {@code --on-conflict fail} places every
 * clash. Each test starts from the seeded catalog and leaves it as it found it.
 */
abstract class ReplaceContract extends StoreTest {
    private Path everything;

    /** The database as seeded, exported: what each test puts back. */
    @BeforeEach
    void exportTheSeededCatalog() throws IOException {
        CliRun export = limber("export");
        assertEquals(ExitCodes.OK, export.exitCode(), export.err());
        everything = file("seeded.yaml", export.out());
    }

    @AfterEach
    void putTheSeededCatalogBack() {
        CliRun restored = limber("import", everything.toString(), "--on-conflict", "replace");
        assertEquals(ExitCodes.OK, restored.exitCode(), restored.err());
    }

    private Exercise stored(String id) {
        return store.getBean(Exercises.class)
                .find(ExerciseId.of(id))
                .orElseThrow()
                .value();
    }

    private static final String BILATERAL_BIRD_DOG = String.join(
            "\n",
            "limber: 1",
            "exercises:",
            "  - id: bird-dog",
            "    name: Bird Dogs",
            "    kind: strength",
            "    laterality: bilateral",
            "    primary: [abdominals, lower-back, glutes]",
            "");

    @Test
    void replacingBirdDogWithABilateralVersionIsRefusedAtEachStoredStepThatDosesItPerSide() throws IOException {
        Path file = file("bilateral-bird-dog.yaml", BILATERAL_BIRD_DOG);
        for (List<String> extra : List.of(List.of("--dry-run"), List.<String>of())) {
            List<String> args =
                    new java.util.ArrayList<>(List.of("import", file.toString(), "--on-conflict", "replace"));
            args.addAll(extra);
            CliRun run = limber(args.toArray(String[]::new));
            assertEquals(ExitCodes.IN_USE, run.exitCode(), run.err());
            List<String> lines = run.err().lines().toList();
            List<String> placed =
                    lines.stream().filter(l -> l.startsWith(file + ":6:17: ")).toList();
            assertFalse(placed.isEmpty(), run.err());
            for (String line : placed) {
                assertTrue(
                        line.matches(Pattern.quote(file + ":6:17: replacing bird-dog breaks stored program ")
                                + "[a-z-]+ at /sessions/\\d+/phases/\\d+/steps/\\d+(/steps/\\d+)?/perSide \\(.+\\):"
                                + " perSide does not fit bird-dog, which is bilateral \\(was true\\)"),
                        line);
            }
            assertTrue(
                    placed.stream().anyMatch(l -> l.contains("stored program core-and-glute-strength at ")), run.err());
            assertTrue(
                    lines.get(lines.size() - 1).startsWith("limber: " + placed.size() + " steps of stored program"),
                    run.err());
            assertTrue(run.err().contains("nothing was written"), run.err());
            assertFalse(run.err().contains("SQL") || run.err().contains("Exception"), run.err());
        }
        assertEquals(BuiltInCatalog.BIRD_DOG, stored("bird-dog"));
    }

    @Test
    void aReplacementIsAcceptedWhenTheSameImportFixesEveryProgramThatUsesIt() throws IOException {
        CliRun refused = limber("import", file("bird.yaml", BILATERAL_BIRD_DOG).toString(), "--on-conflict", "replace");
        List<String> programs = programsNamed(refused.err());
        assertFalse(programs.isEmpty(), refused.err());
        // Each program that used bird-dog per side becomes a one-step program doing it both sides at once.
        StringBuilder fixed = new StringBuilder(BILATERAL_BIRD_DOG).append("programs:\n");
        for (String program : programs) {
            fixed.append(String.join(
                    "\n",
                    "  - id: " + program,
                    "    name: Fixed",
                    "    sessions:",
                    "      - name: Only",
                    "        phases:",
                    "          - phase: main",
                    "            steps:",
                    "              - exercise: bird-dog",
                    "                reps: 8",
                    ""));
        }
        CliRun imported = limber("import", file("fixed.yaml", fixed.toString()).toString(), "--on-conflict", "replace");
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
        assertEquals(Laterality.BILATERAL, stored("bird-dog").laterality());
        // The whole database, exported, imports into a fresh one and exports the same again.
        CliRun export = limber("export");
        assertEquals(ExitCodes.OK, export.exitCode(), export.err());
        Map<String, Object> fresh = database();
        try {
            CliRun again =
                    limberOn(fresh, "import", file("all.yaml", export.out()).toString(), "--on-conflict", "replace");
            assertEquals(ExitCodes.OK, again.exitCode(), again.err());
            assertEquals(export.out(), limberOn(fresh, "export").out());
        } finally {
            TestDatabases.cleanUp(fresh);
        }
    }

    private static List<String> programsNamed(String err) {
        Matcher matcher = Pattern.compile("stored program ([a-z0-9-]+) at ").matcher(err);
        java.util.Set<String> names = new java.util.TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    @Test
    void replacedBuiltInExercisesAreListedApartOnADryRunAndOnTheRealRun() throws IOException {
        Path file = file(
                "built-ins.yaml",
                String.join(
                        "\n",
                        "limber: 1",
                        "exercises:",
                        "  - id: plank",
                        "    name: Plank from a dataset",
                        "    kind: strength",
                        "    primary: [abdominals]",
                        "  - id: bodyweight-squat",
                        "    name: Bodyweight Squat",
                        "    kind: strength",
                        "    primary: [quadriceps]",
                        "  - id: my-own-move",
                        "    name: My Own Move",
                        "    kind: strength",
                        "    primary: [glutes]",
                        ""));
        CliRun dry = limber("import", "--dry-run", "--on-conflict", "replace", file.toString());
        assertEquals(ExitCodes.OK, dry.exitCode(), dry.err());
        assertTrue(
                dry.out().contains("Would replace built-in exercises (Limber's own): plank, bodyweight-squat"),
                dry.out());
        CliRun run = limber("import", "--on-conflict", "replace", file.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("exercises: 1 created, 2 replaced"), run.out());
        assertTrue(
                run.out().contains("Replaced built-in exercises (Limber's own): plank, bodyweight-squat"), run.out());
        CliRun skip = limber("import", "--dry-run", "--on-conflict", "skip", file.toString());
        assertFalse(skip.out().contains("built-in"), skip.out());
        limber("delete", "exercise", "my-own-move");
    }

    @Test
    void underFailEveryClashIsCountedAndTheFirstTwentyPlacedWithTheAdviceOnce() throws IOException {
        List<Exercise> builtIns = BuiltInCatalog.catalog().exercises();
        List<dev.limber.domain.program.Program> programs =
                BuiltInCatalog.catalog().programs();
        String exercises = builtIns.stream()
                .map(e -> String.join(
                        "\n",
                        "  - id: " + e.id(),
                        "    name: Changed " + e.name(),
                        "    kind: strength",
                        "    primary: [glutes]"))
                .collect(Collectors.joining("\n"));
        String changedPrograms = programs.stream()
                .map(p -> String.join(
                        "\n",
                        "  - id: " + p.id(),
                        "    name: Changed",
                        "    sessions:",
                        "      - name: Only",
                        "        phases:",
                        "          - phase: main",
                        "            steps:",
                        "              - exercise: bird-dog",
                        "                reps: 8"))
                .collect(Collectors.joining("\n"));
        Path file =
                file("clashes.yaml", "limber: 1\nexercises:\n" + exercises + "\nprograms:\n" + changedPrograms + "\n");
        for (String dryRun : List.of("--dry-run", "--no-progress")) {
            CliRun run = limber("import", dryRun, file.toString());
            assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
            List<String> lines = run.err().lines().toList();
            for (int i = 0; i < 20; i++) {
                assertEquals(
                        file + ":" + (3 + 4 * i) + ":9: exercise "
                                + builtIns.get(i).id() + " is stored with other content",
                        lines.get(i));
            }
            int more = builtIns.size() + programs.size() - 20;
            assertEquals("… and " + more + " more", lines.get(20));
            assertEquals(
                    "limber: " + (20 + more) + " ids of the import are stored with other content (" + builtIns.size()
                            + " exercises, " + programs.size() + " programs); nothing was written. Choose"
                            + " --on-conflict skip to keep the stored ones, or replace to overwrite them.",
                    lines.get(21));
            assertEquals(22, lines.size(), run.err());
            assertEquals(1, run.err().split("--on-conflict", -1).length - 1, run.err());
        }
        assertEquals(BuiltInCatalog.PLANK, stored("plank"));
    }
}
