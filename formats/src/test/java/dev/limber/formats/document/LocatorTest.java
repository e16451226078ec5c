package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.domain.usecase.ImportRejectedException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocatorTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void aPointerFromALaterCheckIsPlacedInTheDocument() {
        ParsedDocument parsed = reader.parse("leg-day.yaml", Fixtures.bytes("good/leg-day.yaml"), DocumentFormat.YAML);
        Problem problem = parsed.locator().at("/programs/0/sessions/0/phases/1/steps/1/steps/1/exercise",
                "unknown exercise leg-swings");
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
        ImportRejectedException rejected = new ImportRejectedException(List.of(
                new ImportRejectedException.Problem("/programs/0/sessions/0/phases/0/steps/0/exercise", "unknown"),
                new ImportRejectedException.Problem("/programs/9/name", "no such program")));
        List<Problem> placed = parsed.locator().at(rejected);
        assertEquals("leg-day.yaml:41:27: unknown", placed.get(0).toString());
        assertEquals("leg-day.yaml:31:3: no such program", placed.get(1).toString());
    }
}
