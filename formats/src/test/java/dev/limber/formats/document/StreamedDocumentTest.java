package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A JSON document is read as a stream, item by item; what a user sees must be what reading the
 * whole tree first gave: the same problems at the same file:line:column, the same catalog, and
 * later problems (an import refused, a finding) placed at the same line and column.
 */
class StreamedDocumentTest {
    private static final String SOURCE = "catalog.json";
    private final DocumentReader reader = new DocumentReader(ReadLimits.defaults());

    private static String builtIn() {
        return new DocumentWriter().write(BuiltInCatalog.catalog(), DocumentFormat.JSON);
    }

    /** What reading the whole tree first reports: the reader before documents were streamed. */
    private List<Problem> problemsOfTheTree(String json) {
        Problems problems = new Problems(SOURCE);
        Optional<Node> root = SyntaxReader.read(
                json.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON, ReadLimits.defaults(), problems);
        root.ifPresent(node -> new DocumentMapping(problems).document(node));
        return problems.list();
    }

    private List<Problem> problemsOfTheStream(String json) {
        DocumentException refused = assertThrows(
                DocumentException.class,
                () -> reader.read(SOURCE, json.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON));
        return refused.problems();
    }

    @Test
    void theBuiltInCatalogReadsTheSameAndEveryPlaceInItIsWhereTheTreeHasIt() {
        String json = builtIn();
        assertTrue(StreamedDocument.read(json, SOURCE, ReadLimits.defaults(), chars -> {})
                .isPresent());
        ParsedDocument streamed = reader.parse(SOURCE, json.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON);
        assertEquals(BuiltInCatalog.catalog(), streamed.catalog());

        Problems problems = new Problems(SOURCE);
        Node root = SyntaxReader.read(
                        json.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON, ReadLimits.defaults(), problems)
                .orElseThrow();
        DocumentMapping.Content content = new DocumentMapping(problems).document(root);
        Locator tree = Locator.of(SOURCE, root, content.exercises(), content.programs());

        List<String> pointers = new ArrayList<>();
        everyPointer(root, "", pointers);
        // Fields left out and items past the end are placed at the nearest object there.
        pointers.add("/exercises/0/caution");
        pointers.add("/programs/0/sessions/0/phases/0/steps/0/perSide");
        pointers.add("/exercises/100000/id");
        pointers.add("/nowhere");
        assertTrue(pointers.size() > 1000, "pointers: " + pointers.size());
        for (String pointer : pointers) {
            assertEquals(tree.at(pointer, "here"), streamed.locator().at(pointer, "here"), pointer);
        }
    }

    @Test
    void problemsOfItemsAndOfTheDocumentAreTheSameAtTheSamePlaces() {
        String json = builtIn();
        List<String> broken = List.of(
                json.replaceFirst("\"kind\": \"dynamic\"", "\"kind\": \"dynamik\""),
                json.replaceFirst("\"cues\":", "\"hints\": [], \"cues\":"),
                // A repeated field's problem names where the first one stands: only a marked tree knows.
                json.replaceFirst("\"cues\":", "\"name\": \"Again\", \"cues\":"),
                json.replaceFirst("\"limber\": 1", "\"limber\": 2, \"extra\": true"),
                json.replaceFirst("\"limber\": 1", "\"limber\": 1, \"exercises\": 7"),
                json.replaceFirst("\"limber\": 1", "\"limber\": 1, \"programs\": [ { \"id\": \"Bad Id\" } ]"),
                json.replaceFirst("\"exercise\": \"leg-swings\"", "\"exercise\": \"leg-swings\", \"perSide\": 3"),
                json.replace("\"laterality\": \"per-side\"", "\"laterality\": \"one-sided\""));
        for (String document : broken) {
            assertFalse(document.equals(json), "the change applies");
            List<Problem> expected = problemsOfTheTree(document);
            assertFalse(expected.isEmpty());
            assertEquals(expected, problemsOfTheStream(document));
        }
    }

    @Test
    void moreProblemsThanAFileReportsAreCutWhereTheTreeCutThem() {
        StringBuilder json = new StringBuilder("{\"unknown\": 1, \"limber\": 1, \"exercises\": [");
        for (int i = 0; i < 1200; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"move-")
                    .append(i)
                    .append("\", \"name\": \"Move\", \"kind\": \"wrong\", \"primary\": [\"hips\"]}");
        }
        json.append("]}");
        List<Problem> streamed = problemsOfTheStream(json.toString());
        assertEquals(problemsOfTheTree(json.toString()), streamed);
        assertEquals(Problems.MAX + 1, streamed.size());
    }

    @Test
    void malformedJsonIsStillWordedAndPlacedByTheParser() {
        String json = builtIn().replaceFirst("\"kind\": \"dynamic\",", "\"kind\": \"dynamic\",,");
        assertTrue(StreamedDocument.read(json, SOURCE, ReadLimits.defaults(), chars -> {})
                .isEmpty());
        List<Problem> problems = problemsOfTheStream(json);
        assertEquals(problemsOfTheTree(json), problems);
        assertTrue(
                problems.get(0).message().startsWith("malformed JSON"),
                problems.get(0).message());
    }

    private static void everyPointer(Node node, String pointer, List<String> into) {
        into.add(pointer);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                everyPointer(tuple.getValueNode(), Pointers.child(pointer, key), into);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                everyPointer(sequence.getValue().get(i), Pointers.child(pointer, i), into);
            }
        }
    }
}
