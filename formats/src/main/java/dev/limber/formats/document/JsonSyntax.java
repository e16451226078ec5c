package dev.limber.formats.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int[] NO_SNIPPET = new int[0];

    private final String source;
    private final int maxDepth;
    private final LongConsumer charsRead;
    private JsonParser parser;
    /** Where the text read starts in its document (0-based), when it is a part cut out of it. */
    private int firstIndex;

    private int firstLine;
    private int firstColumn;
    /**
     * Whether nodes carry their line and column. A streamed item is first read without them:
     * only a problem needs a place, and the item is then read again marked
     * ({@link StreamedDocument}); making a place per node was a fifth of a large read's garbage.
     */
    private boolean marked = true;

    private static final int SHARED_KEYS = 256;
    private final Map<String, ScalarNode> sharedKeys = new HashMap<>();

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
        if (hasSurrogates(text)) {
            return Optional.empty();
        }
        return read(text, new JsonSyntax(source, limits.maxDepth(), charsRead), 1);
    }

    /**
     * The tree of a part of a document that was read before (an item of a {@link StreamedDocument}),
     * marked where it stands in the whole document: {@code part} starts at {@code index} (0-based),
     * on {@code line} and {@code column} (1-based, as jackson counts), and nests {@code depth} deep
     * there (so that it is refused past the limits where the whole document would be).
     */
    static Optional<Node> readPart(
            String part, String source, ReadLimits limits, int index, int line, int column, int depth) {
        JsonSyntax reader = new JsonSyntax(source, limits.maxDepth(), chars -> {});
        reader.firstIndex = index;
        reader.firstLine = line - 1;
        reader.firstColumn = column - 1;
        return read(part, reader, depth);
    }

    /** A reader of the tokens {@code parser} gives, for a caller that walks the top of a document itself. */
    static JsonSyntax over(JsonParser parser, String source, ReadLimits limits) {
        JsonSyntax reader = new JsonSyntax(source, limits.maxDepth(), chars -> {});
        reader.parser = parser;
        return reader;
    }

    /** Like {@link #over}, building nodes without marks (their start and end are empty). */
    static JsonSyntax unmarkedOver(JsonParser parser, String source, ReadLimits limits) {
        JsonSyntax reader = over(parser, source, limits);
        reader.marked = false;
        return reader;
    }

    /** A reader of parts of a document without marks ({@link #readAgain}), sharing field names across them. */
    static JsonSyntax unmarked(String source, ReadLimits limits) {
        JsonSyntax reader = new JsonSyntax(source, limits.maxDepth(), chars -> {});
        reader.marked = false;
        return reader;
    }

    /**
     * The tree of a part of a document read before, nesting {@code depth} deep where it stands
     * (so that it is refused past the limits where the whole document would be), or empty.
     */
    Optional<Node> readAgain(String part, int depth) {
        return read(part, this, depth);
    }

    /**
     * Columns here count UTF-16 units, the YAML parser's count code points: they differ only
     * after a character outside the Basic Multilingual Plane, rare enough to leave to it.
     */
    static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Node> read(String text, JsonSyntax reader, int depth) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            reader.parser = parser;
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            Node root = reader.node(first, depth);
            return root == null || parser.nextToken() != null ? Optional.empty() : Optional.of(root);
        } catch (IOException | RuntimeException refused) {
            return Optional.empty();
        }
    }

    /** The node starting at the current token, or null when the YAML parser should answer. */
    Node node(JsonToken token, int depth) throws IOException {
        Optional<Mark> start = marked ? mark(parser.currentTokenLocation()) : Optional.empty();
        switch (token) {
            case START_OBJECT: {
                if (depth > maxDepth) {
                    return null;
                }
                List<NodeTuple> tuples = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    ScalarNode key = marked
                            ? scalar(Tag.STR, parser.currentName(), mark(parser.currentTokenLocation()))
                            : unmarkedKey(parser.currentName());
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

    /**
     * A field name's node without a mark, shared by every object this reader reads: such a tree
     * is only mapped and dropped (nothing sets a node's fields), and an object of a document
     * repeats the same few names. Up to {@link #SHARED_KEYS} names, so that a document of
     * made-up names cannot grow it.
     */
    private ScalarNode unmarkedKey(String name) {
        ScalarNode key = sharedKeys.get(name);
        if (key == null) {
            key = scalar(Tag.STR, name, Optional.empty());
            if (sharedKeys.size() < SHARED_KEYS) {
                sharedKeys.put(name, key);
            }
        }
        return key;
    }

    ScalarNode scalar(Tag tag, String value, Optional<Mark> start) {
        ScalarStyle style = Tag.STR.equals(tag) ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN;
        return new ScalarNode(tag, true, value, style, start, start);
    }

    Optional<Mark> end() {
        return marked ? mark(parser.currentLocation()) : Optional.empty();
    }

    /** snakeyaml-engine's marks count lines and columns from 0, jackson's from 1. */
    Optional<Mark> mark(JsonLocation location) {
        int index = firstIndex + (int) Math.max(0, location.getCharOffset());
        int line = location.getLineNr() - 1;
        int column = location.getColumnNr() - 1 + (line == 0 ? firstColumn : 0);
        return Optional.of(new Mark(source, index, firstLine + line, column, NO_SNIPPET, 0));
    }
}
