package dev.limber.formats.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The fast path for JSON: jackson-core's streaming parser builds the node tree that the YAML
 * parser would compose from the same text — same tags (as YAML's JSON schema resolves them),
 * same values, every node marked with its line and column — at a fraction of the cost on a cold
 * JVM. It only ever answers for well-formed JSON within the limits: for anything else it answers
 * empty, and the caller reads the text through the YAML parser, which places and words the
 * problem as before.
 */
final class JsonSyntax {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int[] NO_SNIPPET = new int[0];

    private final String source;
    private final int maxDepth;
    private final LongConsumer charsRead;
    private JsonParser parser;

    /**
     * Lists this deep report progress after each item: the dataset's top-level list (depth 1) and
     * a document's exercises and programs (depth 2), not every small list inside an item.
     */
    private static final int PROGRESS_DEPTH = 2;

    private JsonSyntax(String source, int maxDepth, LongConsumer charsRead) {
        this.source = source;
        this.maxDepth = maxDepth;
        this.charsRead = charsRead;
    }

    static Optional<Node> read(String text, String source, ReadLimits limits) {
        return read(text, source, limits, chars -> {});
    }

    /** Like {@link #read(String, String, ReadLimits)}, telling {@code charsRead} after each item of a list near the top. */
    static Optional<Node> read(String text, String source, ReadLimits limits, LongConsumer charsRead) {
        // Columns here count UTF-16 units, the YAML parser's count code points: they differ only
        // after a character outside the Basic Multilingual Plane, rare enough to leave to it.
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return Optional.empty();
            }
        }
        JsonSyntax reader = new JsonSyntax(source, limits.maxDepth(), charsRead);
        try (JsonParser parser = FACTORY.createParser(text)) {
            reader.parser = parser;
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            Node root = reader.node(first, 1);
            return root == null || parser.nextToken() != null ? Optional.empty() : Optional.of(root);
        } catch (IOException | RuntimeException refused) {
            return Optional.empty();
        }
    }

    /** The node starting at the current token, or null when the YAML parser should answer. */
    private Node node(JsonToken token, int depth) throws IOException {
        Optional<Mark> start = mark(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT: {
                if (depth > maxDepth) {
                    return null;
                }
                List<NodeTuple> tuples = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    ScalarNode key = scalar(Tag.STR, parser.currentName(), mark(parser.currentTokenLocation()));
                    Node value = node(parser.nextToken(), depth + 1);
                    if (value == null) {
                        return null;
                    }
                    tuples.add(new NodeTuple(key, value));
                }
                return new MappingNode(Tag.MAP, true, tuples, FlowStyle.FLOW, start, end());
            }
            case START_ARRAY: {
                if (depth > maxDepth) {
                    return null;
                }
                List<Node> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    Node item = node(next, depth + 1);
                    if (item == null) {
                        return null;
                    }
                    items.add(item);
                    if (depth <= PROGRESS_DEPTH) {
                        charsRead.accept(parser.currentLocation().getCharOffset());
                    }
                }
                return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, start, end());
            }
            case VALUE_STRING:
                return scalar(Tag.STR, parser.getText(), start);
            case VALUE_NUMBER_INT:
                return scalar(Tag.INT, parser.getText(), start);
            case VALUE_NUMBER_FLOAT:
                return scalar(Tag.FLOAT, parser.getText(), start);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return scalar(Tag.BOOL, parser.getText(), start);
            case VALUE_NULL:
                return scalar(Tag.NULL, "null", start);
            default:
                return null;
        }
    }

    private ScalarNode scalar(Tag tag, String value, Optional<Mark> start) {
        ScalarStyle style = Tag.STR.equals(tag) ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN;
        return new ScalarNode(tag, true, value, style, start, start);
    }

    private Optional<Mark> end() {
        return mark(parser.currentLocation());
    }

    /** snakeyaml-engine's marks count lines and columns from 0, jackson's from 1. */
    private Optional<Mark> mark(JsonLocation location) {
        int index = (int) Math.max(0, location.getCharOffset());
        return Optional.of(
                new Mark(source, index, location.getLineNr() - 1, location.getColumnNr() - 1, NO_SNIPPET, 0));
    }
}
