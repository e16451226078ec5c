package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.ModelField;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.rules.Location;
import dev.limber.domain.usecase.MisfitStepsException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LocatorTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void aPointerFromALaterCheckIsPlacedInTheDocument() {
        ParsedDocument parsed = reader.parse("leg-day.yaml", Fixtures.bytes("good/leg-day.yaml"), DocumentFormat.YAML);
        Problem problem = parsed.locator()
                .at("/programs/0/sessions/0/phases/1/steps/1/steps/1/exercise", "unknown exercise leg-swings");
        assertEquals("leg-day.yaml:59:31: unknown exercise leg-swings", problem.toString());
    }

    @Test
    void aFieldTheDocumentLeftOutIsPlacedAtItsObject() {
        ParsedDocument parsed = reader.parse("leg-day.yaml", Fixtures.bytes("good/leg-day.yaml"), DocumentFormat.YAML);
        Problem problem = parsed.locator().at("/programs/0/sessions/0/phases/1/steps/0/perSide", "does not fit");
        assertEquals(47, problem.line());
        assertEquals(17, problem.column());
        assertEquals("/programs/0/sessions/0/phases/1/steps/0/perSide", problem.pointer());
    }

    @Test
    void itemsOfAMergedRunArePlacedInTheFileThatHeldThem() {
        Path folder = Fixtures.path("good");
        ParsedDocument parsed = reader.parseAll(List.of(folder));
        Problem problem = parsed.locator().at("/exercises/3/primary/0", "not here");
        assertEquals(folder.resolve("tabs.json").toString(), problem.source());
        assertEquals("/exercises/0/primary/0", problem.pointer());
        assertEquals(5, problem.line());
        assertEquals(4, problem.column());
        assertEquals(folder.resolve("leg-day.yaml").toString(), parsed.locator().sourceOf("/programs/0"));
    }

    @Test
    void anImportRefusalIsPlacedProblemByProblem() {
        ParsedDocument parsed = reader.parse("leg-day.yaml", Fixtures.bytes("good/leg-day.yaml"), DocumentFormat.YAML);
        Program program = parsed.catalog().programs().get(0);
        Session session = program.sessions().get(0);
        ExerciseStep first =
                session.phases().get(0).steps().get(0).exerciseSteps().get(0);
        Location step = new Location(session.name(), 0, session.phases().get(0).kind(), 0, null, first.exercise());
        MisfitStepsException rejected = new MisfitStepsException(List.of(
                new MisfitStepsException.Problem(OptionalInt.of(0), program, step, ModelField.STEP_EXERCISE, "unknown"),
                new MisfitStepsException.Problem(
                        OptionalInt.of(0), program, step, ModelField.PRESCRIPTION_PER_SIDE, "does not fit"),
                new MisfitStepsException.Problem(
                        OptionalInt.of(9), program, Location.program(), ModelField.STEP_EXERCISE, "no such program")));
        List<Problem> placed = parsed.locator().at(rejected);
        assertEquals("leg-day.yaml:41:27: unknown", placed.get(0).toString());
        assertEquals(
                "/programs/0/sessions/0/phases/0/steps/0/exercise",
                placed.get(0).pointer());
        assertTrue(
                placed.get(1).pointer().endsWith("/steps/0/perSide"),
                placed.get(1).pointer());
        assertEquals("leg-day.yaml:31:3: no such program", placed.get(2).toString());
    }

    @Test
    void aFindingsLocationBecomesAPointerToItsStepsExercise() {
        ParsedDocument parsed = reader.parse("leg-day.yaml", Fixtures.bytes("good/leg-day.yaml"), DocumentFormat.YAML);
        Program program = parsed.catalog().programs().get(0);
        Session session = program.sessions().get(program.sessions().size() - 1);
        Location circuitStep = new Location(session.name(), 1, PhaseKind.MAIN, 2, 1, null);
        assertEquals(
                "/programs/3/sessions/" + (program.sessions().size() - 1) + "/phases/1/steps/2/steps/1",
                LocationPointers.ofFinding(3, program, circuitStep));
        assertEquals("/programs/3", LocationPointers.ofFinding(3, program, Location.session("no such session")));
        assertEquals("/programs/0", LocationPointers.ofFinding(0, program, Location.program()));
    }
}
