package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.program.ProgramId;
import dev.limber.formats.document.DocumentFormat;
import dev.limber.formats.document.DocumentReader;
import dev.limber.persistence.TestDatabases;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code limber export}: documents that import back to exactly the same data. */
abstract class ExportContract extends StoreTest {

    @BeforeAll
    void fill() {
        assertEquals(
                ExitCodes.OK,
                limber("import", fixture("good/leg-day.yaml").toString()).exitCode());
        // Issue 15: every load, effort, tempo, distance and AMRAP field, through export and back.
        assertEquals(
                ExitCodes.OK,
                limber("import", fixture("loaded/loads.yaml").toString()).exitCode());
        // Issue 15: a program's weeks and every kind of progression, through export and back.
        assertEquals(
                ExitCodes.OK,
                limber("import", fixture("loaded/progressions.yaml").toString()).exitCode());
        // Issue 14: description, aliases, level, mechanic, force, source author and url, no muscle focus.
        assertEquals(
                ExitCodes.OK,
                limber("import", fixture("loaded/texts.yaml").toString()).exitCode());
        // Issue 14: listed and unknown equipment, media, a variation link and finer targets.
        assertEquals(
                ExitCodes.OK,
                limber("import", fixture("loaded/links.yaml").toString()).exitCode());
        assertEquals(
                ExitCodes.OK,
                limber(
                                "import",
                                "--format=free-exercise-db",
                                fixture("free-exercise-db/small.json").toString())
                        .exitCode());
    }

    @Test
    void anExportImportsIntoAFreshDatabaseAsExactlyTheSameData() throws IOException {
        CliRun export = limber("export");
        assertEquals(ExitCodes.OK, export.exitCode(), export.err());
        Path document = file("export.yaml", export.out());

        Map<String, Object> fresh = database();
        try (ApplicationContext freshStore = seededStore(fresh)) {
            CliRun imported = limberOn(fresh, "import", document.toString());
            assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
            assertEquals(exercises(), freshStore.getBean(Exercises.class).count());
            assertEquals(programs(), freshStore.getBean(Programs.class).count());

            CliRun again = limberOn(fresh, "export");
            assertEquals(export.out(), again.out(), "the second export is the same document");
            Catalog catalog = new DocumentReader().read(document);
            for (var exercise : catalog.exercises()) {
                assertEquals(
                        exercise,
                        freshStore
                                .getBean(Exercises.class)
                                .find(exercise.id())
                                .orElseThrow()
                                .value());
                assertEquals(
                        exercise,
                        store.getBean(Exercises.class)
                                .find(exercise.id())
                                .orElseThrow()
                                .value());
            }
            for (var program : catalog.programs()) {
                assertEquals(
                        program,
                        freshStore
                                .getBean(Programs.class)
                                .find(program.id())
                                .orElseThrow()
                                .value());
            }
        } finally {
            TestDatabases.cleanUp(fresh);
        }
    }

    @Test
    void jsonExportsReadBackToTheSameCatalogAsYaml() {
        CliRun yaml = limber("export");
        CliRun json = limber("export", "--output-format=json");
        assertEquals(ExitCodes.OK, json.exitCode(), json.err());
        assertTrue(json.out().startsWith("{"), json.out());
        DocumentReader reader = new DocumentReader();
        assertEquals(
                reader.read("a.yaml", yaml.out().getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML),
                reader.read("a.json", json.out().getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON));
    }

    @Test
    void chosenProgramsComeWithTheExercisesTheyUse() {
        CliRun run = limber("export", "--programs", "airplane-leg-day");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Catalog catalog =
                new DocumentReader().read("x.yaml", run.out().getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        assertEquals(1, catalog.programs().size());
        assertEquals(
                Stream.of("back-squat", "hip-airplane", "knees-to-chest", "leg-swings")
                        .map(ExerciseId::of)
                        .toList(),
                catalog.exercises().stream().map(e -> e.id()).toList());
    }

    @Test
    void exercisesAloneLeaveProgramsOut() {
        CliRun run = limber("export", "--exercises");
        Catalog catalog =
                new DocumentReader().read("x.yaml", run.out().getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        assertTrue(catalog.programs().isEmpty());
        assertEquals(exercises(), catalog.exercises().size());
    }

    @Test
    void anOutputFileIsWrittenWholeWithNoTemporaryFileLeft() throws IOException {
        Path target = folder.resolve("out/export.json");
        CliRun missing = limber("export", "-o", target.toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode(), "a missing folder is an error: " + missing.err());
        assertTrue(missing.err().contains("no such folder"), missing.err());
        assertFalse(Files.exists(target.getParent()), "and is not created");
        Files.createDirectory(target.getParent());
        CliRun run = limber("export", "-o", target.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().isEmpty(), "data went to the file: " + run.out());
        assertTrue(Files.readString(target).startsWith("{"), "format from the extension");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        assertEquals(
                store.getBean(Programs.class)
                        .find(ProgramId.of("airplane-leg-day"))
                        .orElseThrow()
                        .value(),
                new DocumentReader()
                        .read(target)
                        .program(ProgramId.of("airplane-leg-day"))
                        .orElseThrow());
    }

    @Test
    void anUnknownProgramIsNamedAndNothingIsWritten() {
        Path target = folder.resolve("never.yaml");
        CliRun run = limber("export", "--programs", "airplane-leg-day", "no-such-program", "-o", target.toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("no program with id no-such-program"), run.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void anUnwritableOutputFileIsABadCommandLine() throws IOException {
        Path notAFolder = file("plain.txt", "a file, not a folder");
        CliRun run = limber("export", "-o", notAFolder.resolve("export.yaml").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("-o " + notAFolder.resolve("export.yaml") + ": cannot write it"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
