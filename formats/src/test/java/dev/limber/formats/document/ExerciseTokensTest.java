package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import java.io.IOException;
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
 * A simple exercise of a streamed JSON document is mapped straight from the parser's tokens;
 * anything else goes through the tree. Either way a user must see what the tree alone gave: the
 * same exercises, and for a bad document the same problems (message, JSON pointer, line and
 * column), whatever the shape of what is wrong.
 */
class ExerciseTokensTest {
    private static final String SOURCE = "catalog.json";

    /** Every field an exercise may have, over several lines so that places differ by line and column. */
    private static final String FULL = """
            {
                  "id": "hip-airplane",
                  "name": "Hip Airplane",
                  "kind": "mobility",
                  "laterality": "per-side",
                  "primary": ["glutes", "hips"],
                  "secondary": ["hamstrings"],
                  "equipment": ["mat", "wall"],
                  "startingPosition": "Stand on one leg",
                  "cues": ["Hinge at the hip", "Rotate\\nslowly", " Breathe "],
                  "variations": ["Supported at a wall"],
                  "caution": "Stop if it pinches",
                  "source": {"origin": "Someone", "originalId": "x1", "license": "CC-BY-4.0", "author": "A. Person", "url": "https://example.org/a"},
                  "description": "Stand tall.\\nHinge and turn.",
                  "aliases": ["Airplane", "Standing hip airplane"],
                  "level": "beginner",
                  "mechanic": "isolation",
                  "force": "static",
                  "media": [{"image": "img/a.jpg", "license": "CC0-1.0"}, {"video": "https://example.org/v", "license": "CC-BY-4.0", "author": "B"}],
                  "variationOf": "leg-swings"
                }""";

    private static final String MINIMAL = """
            {"id": "plank", "name": "Plank", "kind": "isometric", "primary": ["abdominals"]}""";

    /** Shapes the tokens map themselves: each must be the exercise the tree makes. */
    private static List<String> simpleShapes() {
        return List.of(
                FULL,
                MINIMAL,
                MINIMAL.replace("[\"abdominals\"]", "[]"),
                MINIMAL.replace("}", ", \"equipment\": \"body weight\"}"),
                MINIMAL.replace("}", ", \"equipment\": \"None\"}"),
                MINIMAL.replace("}", ", \"equipment\": \"unknown\"}"),
                MINIMAL.replace("}", ", \"equipment\": \"Kettlebell\"}"),
                MINIMAL.replace("}", ", \"equipment\": []}"),
                MINIMAL.replace("}", ", \"media\": []}"),
                MINIMAL.replace("}", ", \"source\": {\"origin\": \"Them\", \"license\": \"MIT\"}}"),
                MINIMAL.replace("}", ", \"caution\": \"  \", \"description\": \"\"}"),
                MINIMAL.replace("\"Plank\"", "\"  Plank \\u00e9 \\\"front\\\" \""),
                FULL.replace("\"mobility\"", "\"static-stretch\"").replace("\"per-side\"", "\"alternating\""));
    }

    /**
     * Shapes the tokens leave to the tree although the tree takes them (a closed-set name with
     * blanks around it): the tree's exercise is the one read.
     */
    private static List<String> leftToTheTree() {
        return List.of(
                MINIMAL.replace("\"isometric\"", "\" isometric \""),
                MINIMAL.replace("[\"abdominals\"]", "[\"abdominals \"]"),
                FULL.replace("\"per-side\"", "\"per-side\\t\""));
    }

    /** Shapes of a bad exercise: each must be refused by the tokens and reported by the tree. */
    private static List<String> badShapes() {
        List<String> bad = new ArrayList<>();
        // Wrong types.
        bad.add(FULL.replace("\"Hip Airplane\"", "5"));
        bad.add(FULL.replace("\"Hip Airplane\"", "1.5"));
        bad.add(FULL.replace("\"hip-airplane\"", "12"));
        bad.add(FULL.replace("\"mobility\"", "true"));
        bad.add(FULL.replace("[\"Hinge at the hip\", \"Rotate\\nslowly\", \" Breathe \"]", "\"Hinge\""));
        bad.add(FULL.replace("[\"glutes\", \"hips\"]", "\"glutes\""));
        bad.add(FULL.replace("\"per-side\"", "[\"per-side\"]"));
        bad.add(FULL.replace("[\"hamstrings\"]", "[3]"));
        bad.add(FULL.replace("[\"mat\", \"wall\"]", "4"));
        bad.add(FULL.replace("[\"mat\", \"wall\"]", "[\"mat\", 1]"));
        bad.add(FULL.replace("\"aliases\": [\"Airplane\",", "\"aliases\": [[\"x\"],"));
        bad.add(MINIMAL.replace("}", ", \"source\": \"someone\"}"));
        bad.add(MINIMAL.replace("}", ", \"media\": {}}"));
        bad.add(MINIMAL.replace("}", ", \"media\": [\"img.jpg\"]}"));
        bad.add(MINIMAL.replace("}", ", \"media\": [{\"image\": 7, \"license\": \"CC0-1.0\"}]}"));
        // Unknown fields, at each level.
        bad.add(FULL.replace("\"cues\":", "\"hints\": [], \"cues\":"));
        bad.add(FULL.replace("\"originalId\"", "\"licence\": \"x\", \"originalId\""));
        bad.add(FULL.replace("\"author\": \"B\"", "\"author\": \"B\", \"caption\": \"x\""));
        bad.add(MINIMAL.replace("}", ", \"equipmentKnown\": false}"));
        // Repeated fields, at each level.
        bad.add(FULL.replace("\"cues\":", "\"name\": \"Again\", \"cues\":"));
        bad.add(FULL.replace("\"cues\":", "\"name\": 5, \"cues\":"));
        bad.add(FULL.replace("\"originalId\"", "\"origin\": \"Twice\", \"originalId\""));
        bad.add(FULL.replace("\"author\": \"B\"", "\"author\": \"B\", \"license\": \"MIT\""));
        // Required fields missing, at each level.
        bad.add(FULL.replace("\"id\": \"hip-airplane\",", ""));
        bad.add(FULL.replace("\"name\": \"Hip Airplane\",", ""));
        bad.add(FULL.replace("\"kind\": \"mobility\",", ""));
        bad.add(FULL.replace("\"primary\": [\"glutes\", \"hips\"],", ""));
        bad.add(FULL.replace("\"license\": \"CC-BY-4.0\", \"author\": \"A. Person\",", "\"author\": \"A. Person\","));
        bad.add(FULL.replace("{\"image\": \"img/a.jpg\", \"license\": \"CC0-1.0\"}", "{\"image\": \"img/a.jpg\"}"));
        bad.add(FULL.replace("{\"image\": \"img/a.jpg\", ", "{"));
        bad.add(FULL.replace("{\"image\": \"img/a.jpg\", ", "{\"image\": \"a.jpg\", \"video\": \"v.mp4\", "));
        // Bad slugs.
        bad.add(FULL.replace("\"hip-airplane\"", "\"Hip Airplane\""));
        bad.add(FULL.replace("\"hip-airplane\"", "\"hip--airplane\""));
        bad.add(FULL.replace("\"leg-swings\"", "\"Leg_Swings\""));
        bad.add(FULL.replace("\"leg-swings\"", "\"hip-airplane\""));
        // Bad closed-set names.
        bad.add(FULL.replace("\"mobility\"", "\"dynamik\""));
        bad.add(FULL.replace("\"mobility\"", "\"Mobility\""));
        bad.add(FULL.replace("\"per-side\"", "\"one-sided\""));
        bad.add(FULL.replace("[\"glutes\", \"hips\"]", "[\"glute\", \"hips\"]"));
        bad.add(FULL.replace("\"beginner\"", "\"pro\""));
        bad.add(FULL.replace("\"isolation\"", "\"mixed\""));
        bad.add(FULL.replace("\"static\"", "\"twist\""));
        // Texts too long, blank, or with characters a line may not hold.
        bad.add(FULL.replace("\"Hip Airplane\"", "\"" + "H".repeat(201) + "\""));
        bad.add(FULL.replace("\"Hinge at the hip\"", "\"" + "h".repeat(1001) + "\""));
        bad.add(FULL.replace("\"Stand tall.", "\"" + "s".repeat(4001)));
        bad.add(FULL.replace("\"Hip Airplane\"", "\"   \""));
        bad.add(FULL.replace("\"Hinge at the hip\"", "\"\""));
        bad.add(FULL.replace("\"Airplane\"", "\"Air\\nplane\""));
        bad.add(FULL.replace("\"Hip Airplane\"", "\"Hip\\u0000Airplane\""));
        bad.add(FULL.replace("https://example.org/a", "ftp://example.org/a"));
        bad.add(FULL.replace("\"img/a.jpg\"", "\"\""));
        // Objects and lists where a text is expected.
        bad.add(FULL.replace("\"Hip Airplane\"", "{\"en\": \"Hip Airplane\"}"));
        bad.add(FULL.replace("\"mobility\"", "{}"));
        bad.add(FULL.replace("\"Hinge at the hip\"", "{\"text\": [1, {\"deep\": true}]}"));
        bad.add(FULL.replace("\"Someone\"", "{\"a\": 1}"));
        bad.add(FULL.replace("\"Stop if it pinches\"", "[\"Stop\"]"));
        // Nulls.
        bad.add(FULL.replace("\"Stop if it pinches\"", "null"));
        bad.add(FULL.replace("\"Hinge at the hip\"", "null"));
        bad.add(FULL.replace("\"hip-airplane\"", "null"));
        bad.add(FULL.replace("\"leg-swings\"", "null"));
        bad.add(MINIMAL.replace("}", ", \"source\": null}"));
        bad.add(MINIMAL.replace("}", ", \"media\": null}"));
        bad.add(MINIMAL.replace("}", ", \"laterality\": null}"));
        // What the domain refuses of a whole exercise.
        bad.add(FULL.replace("[\"glutes\", \"hips\"]", "[\"glutes\", \"glutes\"]"));
        bad.add(FULL.replace("[\"hamstrings\"]", "[\"hips\"]"));
        bad.add(FULL.replace("[\"mat\", \"wall\"]", "[\"mat\", \"Mat\"]"));
        bad.add(MINIMAL.replace("}", ", \"cues\": [" + "\"Brace\", ".repeat(50) + "\"Brace\"]}"));
        bad.add(MINIMAL.replace(
                "}",
                ", \"media\": [" + "{\"image\": \"a.jpg\", \"license\": \"CC0-1.0\"}, ".repeat(20)
                        + "{\"image\": \"a.jpg\", \"license\": \"CC0-1.0\"}]}"));
        return bad;
    }

    // ---- the tokens against the tree, one object at a time

    @Test
    void everySimpleShapeIsMappedByTheTokensToTheExerciseTheTreeMakes() throws IOException {
        for (String object : simpleShapes()) {
            Exercise tree = byTree(object).orElseThrow(() -> new AssertionError("the tree refuses " + object));
            Exercise tokens = byTokens(object);
            assertNotNull(tokens, object);
            assertEquals(tree, tokens, object);
        }
    }

    @Test
    void shapesTheTokensAreNotSureOfAreLeftToTheTree() throws IOException {
        for (String object : leftToTheTree()) {
            assertTrue(byTree(object).isPresent(), object);
            assertNull(byTokens(object), object);
        }
    }

    @Test
    void everyBadShapeIsLeftToTheTreeAndTheTokensReadItToItsEnd() throws IOException {
        for (String object : badShapes()) {
            assertFalse(object.equals(FULL) || object.equals(MINIMAL), "the change applies: " + object);
            assertTrue(byTree(object).isEmpty(), "the tree refuses " + object);
            assertNull(byTokens(object), object);
        }
    }

    // ---- whole documents: the stream against the tree

    @Test
    void aDocumentOfEveryShapeReadsToTheCatalogTheTreeReadsWithEveryPlaceTheSame() {
        List<String> items = new ArrayList<>(simpleShapes());
        items.addAll(leftToTheTree());
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            distinct.add(items.get(i).replaceFirst("\"(hip-airplane|plank)\"", "\"move-" + i + "\""));
        }
        String json = document(distinct);
        assertTrue(StreamedDocument.read(json, SOURCE, ReadLimits.defaults(), chars -> {})
                .isPresent());
        ParsedDocument streamed = new DocumentReader().parse(SOURCE, bytes(json), DocumentFormat.JSON);

        Problems problems = new Problems(SOURCE);
        Node root = JsonSyntax.read(json, SOURCE, ReadLimits.defaults()).orElseThrow();
        DocumentMapping.Content content = new DocumentMapping(problems).document(root);
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals(
                new Catalog(content.exercises().stream().map(Located::value).toList(), List.of()), streamed.catalog());

        Locator tree = Locator.of(SOURCE, root, content.exercises(), content.programs());
        List<String> pointers = new ArrayList<>();
        everyPointer(root, "", pointers);
        pointers.add("/exercises/1/caution");
        pointers.add("/exercises/0/media/5/license");
        for (String pointer : pointers) {
            assertEquals(tree.at(pointer, "here"), streamed.locator().at(pointer, "here"), pointer);
        }
    }

    @Test
    void everyBadShapeIsReportedAsTheTreeReportsItWhereverItStands() {
        for (String bad : badShapes()) {
            // Bad first, between two good ones, and last: its line and column move, later items still read.
            // The good ones' ids appear in no bad shape, so that no id is defined twice.
            for (List<String> items : List.of(
                    List.of(bad, MINIMAL.replace("plank", "last-move")),
                    List.of(FULL.replace("hip-airplane", "first-move"), bad, MINIMAL.replace("plank", "last-move")),
                    List.of(MINIMAL.replace("plank", "first-move"), bad))) {
                String json = document(items);
                List<Problem> expected = problemsOfTheTree(json, ReadLimits.defaults());
                assertFalse(expected.isEmpty(), json);
                assertEquals(expected, problemsOfTheStream(json, ReadLimits.defaults()), json);
            }
        }
    }

    @Test
    void aGoodItemWhoseIdRepeatsIsPlacedAsTheYamlParserPlacesIt() {
        String json = document(List.of(MINIMAL, FULL, MINIMAL));
        List<Problem> problems = problemsOfTheStream(json, ReadLimits.defaults());
        assertEquals(1, problems.size());
        assertEquals("/exercises/2/id", problems.get(0).pointer());
        DocumentException asYaml = assertThrows(
                DocumentException.class, () -> new DocumentReader().read(SOURCE, bytes(json), DocumentFormat.YAML));
        assertEquals(asYaml.problems(), problems);
    }

    @Test
    void trailingGarbageAndBrokenJsonAreLeftToTheParserAndWordedAsBefore() {
        String json = document(List.of(FULL, MINIMAL));
        for (String broken : List.of(
                json + " x",
                json + "]",
                json.replace("[\"abdominals\"]}", "[\"abdominals\"],}"),
                json.replace("\"Hip Airplane\",", "\"Hip Airplane\""),
                json.replace("\"leg-swings\"", "\"leg-swings\" \"extra\""))) {
            assertFalse(broken.equals(json), "the change applies");
            assertTrue(StreamedDocument.read(broken, SOURCE, ReadLimits.defaults(), chars -> {})
                    .isEmpty());
            // A trailing comma is YAML's flow style: the tree may take what jackson refuses.
            assertEquals(
                    problemsOfTheTree(broken, ReadLimits.defaults()),
                    problemsOfTheStream(broken, ReadLimits.defaults()),
                    broken);
        }
    }

    @Test
    void nestingPastTheLimitIsReportedAsTheTreeReportsIt() {
        String deep = FULL.replace("\"Hinge at the hip\"", "[[[[[\"deep\"]]]]]");
        for (int depth = 2; depth <= 8; depth++) {
            ReadLimits limits = ReadLimits.defaults().withMaxDepth(depth);
            for (List<String> items : List.of(List.of(FULL, MINIMAL), List.of(MINIMAL, deep))) {
                String json = document(items);
                List<Problem> expected = problemsOfTheTree(json, limits);
                List<Problem> streamed = problemsOfTheStream(json, limits);
                assertEquals(expected, streamed, "depth " + depth + ": " + json);
            }
        }
    }

    // ---- helpers

    private static String document(List<String> exercises) {
        return "{\n  \"limber\": 1,\n  \"exercises\": [\n    " + String.join(",\n    ", exercises) + "\n  ]\n}\n";
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The tokens' exercise of one object, checking that they read it to its end and no further. */
    private static Exercise byTokens(String object) throws IOException {
        try (JsonParser parser = JsonSyntax.FACTORY.createParser("[" + object + ", 7]")) {
            assertEquals(JsonToken.START_ARRAY, parser.nextToken());
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            Exercise exercise = new ExerciseTokens(parser).exercise();
            assertEquals(JsonToken.END_OBJECT, parser.currentToken(), object);
            assertEquals(JsonToken.VALUE_NUMBER_INT, parser.nextToken(), object);
            return exercise;
        }
    }

    private static Optional<Exercise> byTree(String object) {
        Problems problems = new Problems(SOURCE);
        Node node = JsonSyntax.read(object, SOURCE, ReadLimits.defaults()).orElseThrow();
        // An unknown or repeated field is reported, and the exercise still made: count it refused.
        Optional<Exercise> exercise = new DocumentMapping(problems).exercise(node, "");
        return problems.isEmpty() ? exercise : Optional.empty();
    }

    /** What reading the whole tree first reports: the reader before documents were streamed. */
    private static List<Problem> problemsOfTheTree(String json, ReadLimits limits) {
        Problems problems = new Problems(SOURCE);
        Optional<Node> root = SyntaxReader.read(bytes(json), DocumentFormat.JSON, limits, problems);
        root.ifPresent(node -> new DocumentMapping(problems).document(node));
        return problems.list();
    }

    /** What the reader reports, streaming where it can; none when it reads the document. */
    private static List<Problem> problemsOfTheStream(String json, ReadLimits limits) {
        try {
            new DocumentReader(limits).read(SOURCE, bytes(json), DocumentFormat.JSON);
            return List.of();
        } catch (DocumentException refused) {
            return refused.problems();
        }
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
