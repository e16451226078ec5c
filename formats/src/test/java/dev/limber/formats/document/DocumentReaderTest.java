package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Equipment;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void everyFeatureOfTheFormatIsRead() {
        Catalog catalog = reader.read(Fixtures.path("good/leg-day.yaml"));

        Exercise swings = catalog.exercise(ExerciseId.of("leg-swings")).orElseThrow();
        assertEquals(Laterality.PER_SIDE, swings.laterality());
        assertEquals(List.of(Target.HAMSTRINGS, Target.HIP_FLEXORS, Target.GLUTES), swings.primary());
        assertEquals(Equipment.none(), swings.equipment());
        assertEquals(new Source("Limber document", null, "unspecified"), swings.source());
        Exercise bridge = catalog.exercise(ExerciseId.of("glute-bridge")).orElseThrow();
        assertEquals(new Source("My gym", "GB-1", "CC-BY-4.0"), bridge.source());
        assertEquals("Stop if your lower back hurts", bridge.caution());
        assertEquals(List.of("Single-leg glute bridge"), bridge.variations());

        Program program = catalog.program(ProgramId.of("leg-day")).orElseThrow();
        Session monday = program.session("Monday legs").orElseThrow();
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), monday.days());
        ExerciseStep warmUp = (ExerciseStep)
                monday.phase(PhaseKind.WARM_UP).orElseThrow().steps().get(0);
        assertEquals(
                new Dose.Timed(Duration.ofSeconds(30)), warmUp.prescription().dose());
        assertTrue(warmUp.prescription().perSide());
        assertEquals(DoseSource.ARTICLE, warmUp.prescription().source());
        ExerciseStep sets = (ExerciseStep)
                monday.phase(PhaseKind.MAIN).orElseThrow().steps().get(0);
        assertEquals(3, sets.prescription().sets());
        assertEquals(Duration.ofMinutes(1), sets.prescription().rest());
        assertEquals("Slow on the way down", sets.note());
        Circuit circuit =
                (Circuit) monday.phase(PhaseKind.MAIN).orElseThrow().steps().get(1);
        assertEquals(3, circuit.rounds());
        assertEquals(Duration.ofSeconds(90), circuit.restBetweenRounds());
        assertEquals(
                Duration.ofSeconds(2), circuit.steps().get(0).prescription().hold());
        assertEquals(
                new Dose.Timed(Duration.ofSeconds(45)),
                circuit.steps().get(1).prescription().dose());
        ExerciseStep stretch = (ExerciseStep)
                monday.phase(PhaseKind.COOL_DOWN).orElseThrow().steps().get(0);
        assertEquals(DoseSource.CATALOG, stretch.prescription().source());
    }

    @Test
    void jsonIndentedWithTabsIsRead() {
        Catalog catalog = reader.read(Fixtures.path("good/tabs.json"));
        assertEquals(1, catalog.exercises().size());
    }

    @Test
    void aFolderContributesItsDocumentsSortedByName() {
        Catalog catalog = reader.readAll(List.of(Fixtures.path("good")));
        assertEquals(
                List.of("leg-swings", "glute-bridge", "hamstring-stretch", "leg-swings-tabbed"),
                catalog.exercises().stream().map(e -> e.id().value()).toList());
    }

    @Test
    void aFormatOverrideReadsAnyNameAsThatFormat(@org.junit.jupiter.api.io.TempDir Path folder)
            throws java.io.IOException {
        Path notes = folder.resolve("leg-day.txt");
        java.nio.file.Files.writeString(
                notes,
                "{\"limber\": 1, \"exercises\": [{\"id\": \"hip-airplane\","
                        + " \"name\": \"Hip Airplane\", \"kind\": \"mobility\", \"primary\": [\"hips\"]}]}");
        ParsedDocument parsed = new DocumentReader().parseAll(List.of(notes), DocumentFormat.JSON);
        assertEquals("hip-airplane", parsed.catalog().exercises().get(0).id().value());
        DocumentException byName = org.junit.jupiter.api.Assertions.assertThrows(
                DocumentException.class, () -> new DocumentReader().parseAll(List.of(notes)));
        assertTrue(
                byName.problems().get(0).toString().startsWith(notes + ": "),
                byName.problems().toString());
    }

    @Test
    void aMultiMegabyteDocumentReads() {
        StringBuilder yaml = new StringBuilder("limber: 1\nexercises:\n");
        int count = 0;
        while (yaml.length() < 5 * 1024 * 1024) {
            yaml.append("  - id: exercise-")
                    .append(count++)
                    .append('\n')
                    .append("    name: Exercise number ")
                    .append(count)
                    .append('\n')
                    .append("    kind: mobility\n    primary: [hips, spine]\n    secondary: [glutes]\n")
                    .append("    cues: [\"Move slowly through the whole range, breathing out as you go\"]\n");
        }
        long start = System.nanoTime();
        Catalog catalog =
                reader.read("big.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(count, catalog.exercises().size());
        assertTrue(millis < 30_000, "reading 5 MB took " + millis + " ms");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] content = "\uFEFFlimber: 1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Catalog.empty(), reader.read("bom.yaml", content, DocumentFormat.YAML));
    }

    @Test
    void oneExerciseIsReadAsAnHttpBody() {
        byte[] body = """
                {"id": "leg-swings", "name": "Leg Swings", "kind": "dynamic", "laterality": "per-side",
                 "primary": ["hamstrings"], "cues": ["Swing"]}""".getBytes(StandardCharsets.UTF_8);
        Exercise exercise = reader.readExercise("request body", body);
        assertEquals("leg-swings", exercise.id().value());
        assertEquals(Laterality.PER_SIDE, exercise.laterality());
    }

    @Test
    void problemsOfAnHttpBodyAreLocatedRelativeToTheObject() {
        byte[] body = """
                {"id": "leg-swings", "name": "Leg Swings", "kind": "dynamic",
                 "primary": ["hamstrings"], "cues": [3]}""".getBytes(StandardCharsets.UTF_8);
        DocumentException thrown =
                assertThrows(DocumentException.class, () -> reader.readExercise("request body", body));
        Problem problem = thrown.problems().get(0);
        assertEquals("/cues/0", problem.pointer());
        assertEquals(
                "request body:2:38: cues[0] must be text, found the number 3 (put it in quotes)", problem.toString());
    }

    @Test
    void oneProgramIsReadAsAnHttpBody() {
        byte[] body = """
                {"id": "p", "name": "P", "sessions": [{"name": "S", "phases": [{"phase": "main",
                 "steps": [{"exercise": "leg-swings", "reps": 10, "sets": 2, "rest": "30s"}]}]}]}""".getBytes(StandardCharsets.UTF_8);
        Program program = reader.readProgram("request body", body);
        assertEquals(
                2,
                program.sessions().get(0).exerciseSteps().get(0).prescription().sets());
    }

    @Test
    void aProgramBodyWithSeveralProblemsReportsThemAll() {
        byte[] body = """
                {"id": "P", "name": "", "sessions": [{"name": "S", "phases": [{"phase": "main",
                 "steps": [{"exercise": "leg-swings"}, {"circuit": "C", "rounds": 2, "steps": [
                 {"circuit": "inner", "rounds": 1, "steps": []}]}]}]}]}""".getBytes(StandardCharsets.UTF_8);
        DocumentException thrown = assertThrows(DocumentException.class, () -> reader.readProgram("body", body));
        assertEquals(
                List.of("/id", "/sessions/0/phases/0/steps/0/duration", "/sessions/0/phases/0/steps/1/steps/0"),
                thrown.problems().stream().map(Problem::pointer).toList(),
                thrown::getMessage);
    }

    @Test
    void formatsAreToldByExtensionOrName() {
        assertEquals(DocumentFormat.JSON, DocumentFormat.fromFileName("a/b/catalog.JSON"));
        assertEquals(DocumentFormat.YAML, DocumentFormat.fromFileName("catalog.yml"));
        assertEquals(DocumentFormat.YAML, DocumentFormat.fromFileName("catalog.yaml"));
        assertEquals(DocumentFormat.YAML, DocumentFormat.parse("YAML"));
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> DocumentFormat.fromFileName("catalog.txt"));
        assertTrue(unknown.getMessage().contains(".json, .yaml or .yml"));
        assertThrows(IllegalArgumentException.class, () -> DocumentFormat.parse("xml"));
    }

    @Test
    void aProblemRendersWithItsLineOrElseItsPointer() {
        assertEquals("a.yaml:3:7: bad", new Problem("a.yaml", 3, 7, "/x", "bad").toString());
        assertEquals(
                "a.yaml:/programs/0/id: bad",
                Problem.at("a.yaml", "/programs/0/id", "bad").toString());
        assertEquals("a.yaml: bad", Problem.at("a.yaml", "", "bad").toString());
    }
}
