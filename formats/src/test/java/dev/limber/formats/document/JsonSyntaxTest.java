package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The fast JSON path must give exactly the tree the YAML parser gives (so every message keeps its
 * line and column), and must stand aside for anything that is not well-formed JSON.
 */
class JsonSyntaxTest {
    private static final ReadLimits LIMITS = ReadLimits.defaults();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "good/tabs.json",
                "free-exercise-db/exercises.json",
                "bad/free-exercise-db-bad.json",
                "bad/no-version.json",
                "bad/free-exercise-db-as-document.json",
                "bad/duplicate-across/b.json"
            })
    void wellFormedFixturesGiveTheYamlParsersTree(String fixture) {
        assertSameTree(new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8));
    }

    @Test
    void escapesNumbersLiteralsDuplicatesAndLineEndingsGiveTheSameTree() {
        assertSameTree("{\r\n  \"a\": \"tab\\there \\\"quoted\\\" \\u00e9 \\/ \\\\\",\r\n"
                + "\t\"n\": [0, -1, 2.5, 1e3, -0.5E-2, 12345678901234567890],\n"
                + "  \"t\": true, \"f\": false, \"z\": null,\n"
                + "  \"a\": {\"nested\": [[], {}, [\"x\", {\"y\": \"é€\"}]]}\n}\n");
        assertSameTree("[\r{\"old\": \"mac\"},\r  {\"line\": \"endings\", \"x\": [1,\r2]}]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad/malformed.json", "bad/not-strict.json", "bad/deep-nesting.json"})
    void anythingNotWellFormedOrTooDeepIsLeftToTheYamlParser(String fixture) {
        String text = new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
        assertTrue(JsonSyntax.read(text, fixture, LIMITS).isEmpty(), fixture);
    }

    @Test
    void textBeyondTheBasicPlaneIsLeftToTheYamlParserWhoseColumnsCountCodePoints() {
        assertTrue(JsonSyntax.read("{\"emoji\": \"\uD83D\uDE00\", \"x\": 1}", "t.json", LIMITS)
                .isEmpty());
    }

    @Test
    void trailingContentAndScalarRootsAreLeftToTheYamlParser() {
        assertTrue(JsonSyntax.read("{} {}", "t.json", LIMITS).isEmpty());
        assertTrue(JsonSyntax.read("{\"a\": 1,}", "t.json", LIMITS).isEmpty());
        assertTrue(JsonSyntax.read("\"text\"", "t.json", LIMITS).isEmpty());
    }

    @Test
    void theRealFreeExerciseDbDatasetGivesTheSameTree() throws IOException {
        String file = "shared/datasets/free-exercise-db/exercises.json";
        Optional<Path> dataset = Stream.of(Path.of("..", "..", file), Path.of("..", file))
                .filter(Files::isRegularFile)
                .findFirst();
        assumeTrue(
                dataset.isPresent(),
                "skipped: the free-exercise-db dataset is not at ../shared/datasets beside"
                        + " the repository (looked from " + Path.of("").toAbsolutePath() + ")");
        assertSameTree(Files.readString(dataset.get()));
    }

    private static void assertSameTree(String text) {
        Optional<Node> fast = JsonSyntax.read(text, "t.json", LIMITS);
        assertTrue(fast.isPresent(), "the fast path read it");
        Problems problems = new Problems("t.json");
        Node yaml = SyntaxReader.composeAsYaml(text, DocumentFormat.JSON, LIMITS, problems)
                .orElseThrow();
        List<String> expected = flatten(yaml);
        List<String> actual = flatten(fast.get());
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "node " + i);
        }
    }

    /** Every node in document order: where it starts, its kind, tag and value. */
    private static List<String> flatten(Node root) {
        List<String> out = new ArrayList<>();
        flatten(root, out);
        return out;
    }

    private static void flatten(Node node, List<String> out) {
        String at = node.getStartMark()
                .map(m -> (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                .orElse("?");
        if (node instanceof ScalarNode scalar) {
            out.add(at + " scalar " + scalar.getTag() + " " + scalar.getValue());
        } else if (node instanceof SequenceNode sequence) {
            out.add(at + " sequence of " + sequence.getValue().size());
            sequence.getValue().forEach(item -> flatten(item, out));
        } else if (node instanceof MappingNode mapping) {
            out.add(at + " mapping of " + mapping.getValue().size());
            mapping.getValue().forEach(tuple -> {
                flatten(tuple.getKeyNode(), out);
                flatten(tuple.getValueNode(), out);
            });
        }
    }
}
