package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.Exercises;
import dev.limber.formats.document.FreeExerciseDbReader;
import dev.limber.persistence.TestDatabases;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Bad input of issue 6, one fixture each: the exit code, a message naming the place, and the
 * database as it was.
 */
abstract class ImportContract extends StoreTest {

    /** Runs an import that must be refused, and checks what every refusal must hold. */
    CliRun refused(String... args) {
        long exercisesBefore = exercises();
        long programsBefore = programs();
        CliRun run = limber(args);
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.out().isEmpty(), "no data on stdout: " + run.out());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose: " + run.err());
        assertEquals(exercisesBefore, exercises(), "exercises unchanged");
        assertEquals(programsBefore, programs(), "programs unchanged");
        return run;
    }

    static void says(CliRun run, String... parts) {
        for (String part : parts) {
            assertTrue(run.err().contains(part), "expected «" + part + "» in:\n" + run.err());
        }
    }

    static String bad(String name) {
        return fixture("bad/" + name).toString();
    }

    @Test
    void malformedJsonIsPlacedAtItsLineAndColumn() {
        says(refused("import", bad("malformed.json")), bad("malformed.json") + ":4:", "malformed JSON");
    }

    @Test
    void malformedYamlIsPlacedAtItsLine() {
        says(refused("import", bad("malformed.yaml")), bad("malformed.yaml") + ":");
    }

    @Test
    void wrongTypesAreEachReported() {
        CliRun run = refused("import", bad("wrong-types.yaml"));
        says(run, bad("wrong-types.yaml") + ":6:14: primary must be a list", bad("wrong-types.yaml") + ":7:");
        says(run, bad("wrong-types.yaml") + ":17:");
    }

    @Test
    void unknownFieldsAreNamedWithTheAllowedOnes() {
        CliRun run = refused("import", bad("unknown-fields.yaml"));
        says(
                run,
                bad("unknown-fields.yaml") + ":7:5: unknown field 'difficulty'",
                bad("unknown-fields.yaml") + ":11:5: unknown field 'colour'");
    }

    @Test
    void unknownKindTargetAndPhaseAreNamed() {
        CliRun run = refused("import", bad("unknown-names.yaml"));
        says(run, bad("unknown-names.yaml") + ":5:11: kind must be one of", "dance", "toes", "warmup");
    }

    @Test
    void badAndNegativeDurationsAreEachReported() {
        CliRun run = refused("import", bad("bad-durations.yaml"));
        says(
                run,
                bad("bad-durations.yaml") + ":11:",
                "negative",
                bad("bad-durations.yaml") + ":14:",
                bad("bad-durations.yaml") + ":18:");
    }

    @Test
    void anIdDefinedInTwoFilesNamesBothPlaces() {
        Path folder = fixture("bad/duplicate-across");
        CliRun run = refused("import", folder.toString());
        says(
                run,
                folder.resolve("b.json") + ":5:",
                "duplicate exercise id 'twice-move'",
                "already defined at " + folder.resolve("a.yaml") + ":3:");
    }

    @Test
    void stepsNamingUnknownExercisesAreEachPlaced() {
        CliRun run = refused("import", bad("unknown-exercise.yaml"));
        says(
                run,
                bad("unknown-exercise.yaml") + ":19:27: unknown exercise ghost-move",
                bad("unknown-exercise.yaml") + ":21:27: unknown exercise other-ghost");
        assertTrue(
                store.getBean(Exercises.class).find(ExerciseId.of("real-move")).isEmpty());
    }

    @Test
    void aVariationOfNamingNoExerciseIsPlacedAndNothingIsWritten() {
        CliRun run = refused("import", bad("unknown-variation-of.yaml"));
        says(run, bad("unknown-variation-of.yaml") + ":16:18: variationOf names unknown exercise ghost-parent");
        assertTrue(store.getBean(Exercises.class)
                .find(ExerciseId.of("linked-parent"))
                .isEmpty());
    }

    @Test
    void aVariationOfMayNameAnExerciseOfAnEarlierImportAndThenHoldsItsParent() {
        assertEquals(
                0, limber("import", fixture("links/parent.yaml").toString()).exitCode());
        CliRun child = limber("import", fixture("links/child.yaml").toString());
        assertEquals(0, child.exitCode(), child.err());
        Exercise stored = store.getBean(Exercises.class)
                .find(ExerciseId.of("linked-child"))
                .orElseThrow()
                .value();
        assertEquals(ExerciseId.of("linked-parent"), stored.variationOf());
        assertTrue(stored.equipment().isUnknown());
        CliRun parentDelete = limber("delete", "exercise", "linked-parent");
        assertEquals(dev.limber.cli.exit.ExitCodes.IN_USE, parentDelete.exitCode(), parentDelete.err());
        says(parentDelete, "linked-child");
        CliRun both = limber("delete", "exercise", "linked-parent", "linked-child");
        assertEquals(0, both.exitCode(), both.err() + "a variation named with its parent goes first");
    }

    @Test
    void anEmptyFileIsRefused() {
        says(refused("import", bad("empty.yaml")), bad("empty.yaml") + ": is empty");
    }

    @Test
    void aFileThatIsNotUtf8NamesTheByte() {
        says(refused("import", bad("not-utf8.yaml")), bad("not-utf8.yaml") + ":4:", "is not UTF-8", "0xE8");
    }

    @Test
    void aFolderWithoutDocumentsIsRefused() {
        says(refused("import", bad("no-documents")), bad("no-documents") + ": is a folder without documents");
    }

    @Test
    void aYamlAliasBombIsStopped() {
        says(refused("import", bad("alias-bomb.yaml")), bad("alias-bomb.yaml") + ":", "aliases");
    }

    @Test
    void absurdNestingIsStoppedBeforeTheParserRecurses() {
        says(
                refused("import", bad("deep-nesting.yaml")),
                bad("deep-nesting.yaml") + ":7:",
                "deeper than the limit of 50 levels");
    }

    @Test
    void everyFileOfARunIsCheckedAndEveryProblemReported() {
        CliRun run = refused("import", bad("unknown-fields.yaml"), bad("bad-durations.yaml"), bad("empty.yaml"));
        says(
                run,
                bad("unknown-fields.yaml") + ":7:5:",
                bad("unknown-fields.yaml") + ":11:5:",
                bad("bad-durations.yaml") + ":11:",
                bad("empty.yaml") + ": is empty");
    }

    @Test
    void aMultiMegabyteFileIsReadWhole(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        int count = 12_000;
        StringBuilder yaml = new StringBuilder("limber: 1\nexercises:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  - id: generated-move-")
                    .append(i)
                    .append('\n')
                    .append("    name: Generated Move ")
                    .append(i)
                    .append('\n')
                    .append("    kind: mobility\n")
                    .append("    primary: [hips, glutes]\n")
                    .append("    cues: [\"Move slowly through the whole range, number ")
                    .append(i)
                    .append(", and breathe\"]\n");
        }
        Path valid = temp.resolve("big.yaml");
        java.nio.file.Files.writeString(valid, yaml);
        assertTrue(java.nio.file.Files.size(valid) > 2_000_000, "multi-megabyte: " + java.nio.file.Files.size(valid));

        long before = exercises();
        CliRun dry = limber("import", "--dry-run", valid.toString());
        assertEquals(ExitCodes.OK, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("exercises: " + count + " created"), dry.out());
        assertEquals(before, exercises());

        Path invalid = temp.resolve("big-bad.yaml");
        java.nio.file.Files.writeString(
                invalid, yaml + "  - id: last-move\n    name: Last\n    kind: dance\n" + "    primary: [hips]\n");
        int lastKindLine = count * 5 + 2 + 3;
        says(refused("import", invalid.toString()), invalid + ":" + lastKindLine + ":11: kind must be one of");
    }

    @Test
    void anInputFormatOverrideReadsAFileWhateverItsName() {
        Path txt = fixture("good/leg-day.txt");
        CliRun unnamed = refused("import", txt.toString());
        says(unnamed, "cannot tell the format");

        CliRun run = limber("import", "--dry-run", "--input-format=json", txt.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("exercises: 1 created"), run.out());
    }

    @Test
    void anInputFormatOverrideStillFindsIdsRepeatedAcrossFiles() {
        Path folder = fixture("bad/duplicate-across");
        CliRun run = refused("import", "--input-format=yaml", folder.toString());
        says(
                run,
                folder.resolve("b.json") + ":5:",
                "duplicate exercise id 'twice-move'",
                "already defined at " + folder.resolve("a.yaml") + ":3:");
    }

    @Test
    void aWrongInputFormatIsReportedAsTheFilesProblem() {
        says(
                refused(
                        "import",
                        "--input-format=json",
                        fixture("good/leg-day.yaml").toString()),
                fixture("good/leg-day.yaml") + ":1:");
    }

    @Test
    void anUnknownInputFormatIsABadCommandLine() {
        CliRun run = limber(
                "import", "--input-format=xml", fixture("good/leg-day.yaml").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("json, yaml"), run.err());
    }

    @Test
    void theFreeExerciseDbFormatImportsTheDatasetAndReportsRenamedIds() {
        long before = exercises();
        CliRun run = limber(
                "import",
                "--format=free-exercise-db",
                fixture("free-exercise-db/small.json").toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("exercises: 3 created"), run.out());
        assertTrue(run.out().contains("90_90_Hamstring -> 90-90-hamstring-2"), run.out());
        assertEquals(before + 3, exercises());
        Exercise sitUp = store.getBean(Exercises.class)
                .find(ExerciseId.of("3-4-sit-up"))
                .orElseThrow()
                .value();
        assertEquals("3/4 Sit-Up", sitUp.name());
        assertEquals("3_4_Sit-Up", sitUp.source().originalId());
        assertEquals("The Unlicense", sitUp.source().license());

        CliRun again = limber(
                "import",
                "--format=free-exercise-db",
                fixture("free-exercise-db/small.json").toString());
        assertTrue(again.out().contains("exercises: 0 created, 0 replaced, 0 skipped, 3 unchanged"), again.out());
    }

    @Test
    void wgerExercisesAreImportedWithTheirLicenceAndLeftRightPairsJoined() {
        long before = exercises();
        CliRun run = limber(
                "import",
                "--format=wger",
                fixture("wger/exerciseinfo-page.json").toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // Issue 14: the exercise naming no muscle (60, running) is imported with no focus, not skipped.
        assertTrue(run.out().contains("exercises: 5 created"), run.out());
        assertTrue(run.out().contains("50 -> plank-2"), run.out());
        assertTrue(run.out().contains("Not imported (1):"), run.out());
        assertTrue(run.out().contains("20: no English translation"), run.out());
        assertEquals(before + 5, exercises());
        Exercise lunge = store.getBean(Exercises.class)
                .find(ExerciseId.of("dumbbell-lunge"))
                .orElseThrow()
                .value();
        assertEquals(Laterality.PER_SIDE, lunge.laterality());
        assertEquals("1001+1002", lunge.source().originalId());
        assertEquals("CC-BY-SA 4", lunge.source().license());
        assertEquals("coach-a", lunge.source().author());
        assertEquals("https://wger.de/api/v2/exerciseinfo/1001/", lunge.source().url());
        Exercise bench = store.getBean(Exercises.class)
                .find(ExerciseId.of("bench-press"))
                .orElseThrow()
                .value();
        assertEquals(List.of("Flat bench press"), bench.aliases());
        assertTrue(bench.description().startsWith("Lie on the bench"), bench.description());

        CliRun again = limber(
                "import",
                "--format=wger",
                fixture("wger/exerciseinfo-page.json").toString());
        assertTrue(again.out().contains("exercises: 0 created, 0 replaced, 0 skipped, 5 unchanged"), again.out());
    }

    @Test
    void freeExerciseDbMovingStretchesWarmUpAndAreNotStaticHolding() {
        Map<String, Object> fresh = database();
        try (ApplicationContext freshStore = seededStore(fresh)) {
            CliRun before = limberOn(fresh, "warm-up", "--targets", "shoulders");
            assertTrue(
                    before.out().contains("(no warm-up move in the catalog works shoulders)"),
                    "the built-in catalog has no shoulder warm-up: " + before.out());

            CliRun imported = limberOn(
                    fresh,
                    "import",
                    "--format=free-exercise-db",
                    fixture("free-exercise-db/stretching.json").toString());
            assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
            Exercises stored = freshStore.getBean(Exercises.class);
            assertEquals(ExerciseKind.MOBILITY, kindOf(stored, "arm-circles"));
            assertEquals(ExerciseKind.STATIC_STRETCH, kindOf(stored, "shoulder-stretch"));
            assertEquals(ExerciseKind.SOFT_TISSUE, kindOf(stored, "hamstring-smr"));

            CliRun warmUp = limberOn(fresh, "warm-up", "--targets", "shoulders");
            assertEquals(ExitCodes.OK, warmUp.exitCode(), warmUp.err());
            assertTrue(warmUp.out().contains("1. Arm Circles — "), warmUp.out());
            assertFalse(warmUp.out().contains("Not covered"), warmUp.out());
            assertFalse(warmUp.out().contains("Shoulder Stretch"), "a held stretch warms nothing: " + warmUp.out());

            Path day = fixture("validate/arm-circles-day.yaml");
            CliRun validate = limberOn(fresh, "validate", day.toString());
            assertEquals(ExitCodes.OK, validate.exitCode(), validate.err());
            assertFalse(validate.out().contains("static-stretch-before-training"), validate.out());
            assertFalse(validate.out().contains("static holding"), validate.out());
            assertFalse(validate.out().contains("warm-up-coverage"), validate.out());
        } finally {
            TestDatabases.cleanUp(fresh);
        }
    }

    private static ExerciseKind kindOf(Exercises stored, String id) {
        return stored.find(ExerciseId.of(id)).orElseThrow().value().kind();
    }

    @Test
    void aDatasetEntryOfAnUnknownCategoryIsPlaced() {
        Path file = fixture("free-exercise-db/unknown-category.json");
        says(refused("import", "--format=free-exercise-db", file.toString()), file + ":43:", "yoga");
    }

    @Test
    void theDatasetFormatReadsFilesNotFolders() {
        says(
                refused(
                        "import",
                        "--format=free-exercise-db",
                        fixture("free-exercise-db").toString()),
                "is a folder");
    }

    /** The shared free-exercise-db snapshot, beside the work tree (developers) or the clone (CI). */
    static Optional<Path> dataset() {
        for (String candidate : List.of(
                "../../shared/datasets/free-exercise-db/exercises.json",
                "../shared/datasets/free-exercise-db/exercises.json")) {
            Path path = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    @Test
    void theWholeFreeExerciseDbImportsAll873Exercises() {
        Optional<Path> dataset = dataset();
        Assumptions.assumeTrue(
                dataset.isPresent(),
                "free-exercise-db not found at ../../shared/datasets or" + " ../shared/datasets (from "
                        + Path.of("").toAbsolutePath() + "): the full import is not tested");
        Map<String, Object> fresh = database();
        try (ApplicationContext freshStore = seededStore(fresh)) {
            Exercises stored = freshStore.getBean(Exercises.class);
            long builtIn = stored.count();
            // Five dataset slugs are built-in ids (bodyweight-squat, childs-pose, dead-bug,
            // glute-kickback, plank): those dataset exercises take -2, so all 873 import with the
            // default policy and Limber's own exercises stay as they are.
            CliRun run = limberOn(
                    fresh, "import", "--format=free-exercise-db", dataset.get().toString());
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            assertTrue(run.out().contains("exercises: 873 created, 0 replaced, 0 skipped, 0 unchanged"), run.out());
            assertTrue(
                    run.out().contains("Plank") && run.out().contains("plank-2"),
                    "renamed ids are reported: " + run.out());
            assertEquals(builtIn + 873, stored.count());
            List<ExerciseId> slugs = new FreeExerciseDbReader()
                    .read(dataset.get()).exercises().stream().map(Exercise::id).toList();
            assertEquals(873, slugs.size());
            assertEquals(873, stored.existing(slugs).size(), "every dataset exercise is stored");
            assertEquals(
                    "Plank",
                    stored.find(ExerciseId.of("plank-2"))
                            .orElseThrow()
                            .value()
                            .source()
                            .originalId());
            assertEquals(
                    BuiltInCatalog.PLANK,
                    stored.find(ExerciseId.of("plank")).orElseThrow().value(),
                    "the built-in plank is left as it was");

            Exercise sitUp =
                    stored.find(ExerciseId.of("3-4-sit-up")).orElseThrow().value();
            assertEquals("3/4 Sit-Up", sitUp.name());
            assertEquals(ExerciseKind.STRENGTH, sitUp.kind());
            assertEquals(List.of(Target.ABDOMINALS), sitUp.primary());
            assertEquals("3_4_Sit-Up", sitUp.source().originalId());
            assertEquals("free-exercise-db (yuhonas)", sitUp.source().origin());
            assertEquals("The Unlicense", sitUp.source().license());
            assertEquals("body weight", sitUp.equipment().text());
            assertEquals(5, sitUp.cues().size());

            CliRun shoulders = limberOn(fresh, "warm-up", "--targets", "shoulders");
            assertTrue(shoulders.out().contains("Arm Circles"), shoulders.out());
            assertFalse(shoulders.out().contains("Not covered"), shoulders.out());

            CliRun again = limberOn(
                    fresh, "import", "--format=free-exercise-db", dataset.get().toString());
            assertEquals(ExitCodes.OK, again.exitCode(), again.err());
            assertTrue(again.out().contains("exercises: 0 created, 0 replaced, 0 skipped, 873 unchanged"), again.out());
        } finally {
            TestDatabases.cleanUp(fresh);
        }
    }
}
