package dev.limber.formats.document;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Named;
import dev.limber.domain.Quote;
import dev.limber.formats.duration.DurationText;
import dev.limber.formats.duration.NotADurationException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The fields of one object of a document, read with located problems. Creating it reports
 * unknown fields (naming the allowed ones), repeated fields and non-text field names; each getter
 * reports a value of the wrong type and returns empty, so a caller reads every field, then checks
 * whether problems were added before building the domain object.
 */
final class Fields {
    private final MappingNode node;
    private final String pointer;
    private final Problems problems;
    /**
     * Each field by name, first occurrence only: an allowed field's {@link NodeTuple}, an unknown
     * field's key {@link Node} (kept only to place a repeat of it). One map per object, not one for
     * the names and one for the values: a large document reads hundreds of thousands of objects.
     */
    private final Map<String, Object> tuples;

    private Fields(MappingNode node, String pointer, Problems problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
        this.tuples = new HashMap<>(node.getValue().size() * 4 / 3 + 1);
    }

    /** The fields of {@code node}, or empty (with a problem) when it is not an object. */
    static Optional<Fields> of(Node node, String pointer, Problems problems, String what, List<String> allowed) {
        return read(node, pointer, problems, what, allowed, false);
    }

    /**
     * Like {@link #of}, but fields other than {@code known} are passed over without a word: for a
     * source whose format grows between its releases (a web API), where refusing a new field
     * would refuse every newer export.
     */
    static Optional<Fields> lenient(Node node, String pointer, Problems problems, String what, List<String> known) {
        return read(node, pointer, problems, what, known, true);
    }

    private static Optional<Fields> read(
            Node node, String pointer, Problems problems, String what, List<String> allowed, boolean lenient) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(
                    node,
                    pointer,
                    "expected " + what + " (an object with fields " + String.join(", ", allowed) + "), found "
                            + describe(node));
            return Optional.empty();
        }
        Fields fields = new Fields(mapping, pointer, problems);
        Map<String, Object> keys = fields.tuples;
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar) || !Tag.STR.equals(key.getTag())) {
                problems.add(key, pointer, "field names are text, found " + describe(key) + " in " + what);
                continue;
            }
            String name = scalar.getValue();
            boolean known = allowed.contains(name);
            Object earlier = keys.putIfAbsent(name, known ? tuple : key);
            if (earlier != null) {
                Node first = earlier instanceof NodeTuple allowedBefore ? allowedBefore.getKeyNode() : (Node) earlier;
                problems.add(
                        key,
                        Pointers.child(pointer, name),
                        "field " + Quote.single(name) + " appears twice in " + what + " (first at " + position(first)
                                + ")");
            } else if (!known) {
                if (lenient) {
                    continue;
                }
                problems.add(
                        key,
                        Pointers.child(pointer, name),
                        "unknown field " + Quote.single(name) + " in " + what + "; allowed: "
                                + String.join(", ", allowed));
            }
        }
        return Optional.of(fields);
    }

    MappingNode node() {
        return node;
    }

    String pointer() {
        return pointer;
    }

    boolean has(String name) {
        return value(name) != null;
    }

    Node value(String name) {
        return tuples.get(name) instanceof NodeTuple tuple ? tuple.getValueNode() : null;
    }

    String at(String name) {
        return Pointers.child(pointer, name);
    }

    /** Reports a required field that is absent; true when it is present. */
    boolean require(String name) {
        if (has(name)) {
            return true;
        }
        problems.add(node, at(name), "missing required field '" + name + "'");
        return false;
    }

    // The happy paths below read the node before making the field's pointer, which only a problem
    // needs: a document of 100,000 exercises made over a GB of pointer strings per read before.

    Optional<String> text(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        String text = plainText(value(name));
        return text != null ? Optional.of(text) : textOf(value(name), at(name), problems);
    }

    /** A text scalar's value, or {@code null} for anything else ({@link #textOf} words why). */
    private static String plainText(Node node) {
        return node instanceof ScalarNode scalar && Tag.STR.equals(node.getTag()) ? scalar.getValue() : null;
    }

    Optional<String> requiredText(String name) {
        return require(name) ? text(name) : Optional.empty();
    }

    Optional<Integer> integer(String name) {
        return has(name) ? integerOf(value(name), at(name), problems) : Optional.empty();
    }

    /** A number, whole or with decimals ({@code 7}, {@code 7.5}). */
    Optional<java.math.BigDecimal> decimal(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        Node value = value(name);
        if (value instanceof ScalarNode scalar
                && (Tag.INT.equals(value.getTag()) || Tag.FLOAT.equals(value.getTag()))) {
            try {
                return Optional.of(new java.math.BigDecimal(scalar.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // .inf, .nan and other YAML floats that are not decimals
            }
        }
        problems.add(value, at(name), name + " must be a number, found " + describe(value));
        return Optional.empty();
    }

    /** A text field whose value needs a unit: a bare number is refused with {@code hint}. */
    Optional<String> textWithUnit(String name, String hint) {
        if (has(name)
                && (Tag.INT.equals(value(name).getTag())
                        || Tag.FLOAT.equals(value(name).getTag()))) {
            problems.add(
                    value(name), at(name), name + " needs a unit, like " + hint + "; found " + describe(value(name)));
            return Optional.empty();
        }
        return text(name);
    }

    Optional<Boolean> bool(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        Node value = value(name);
        if (value instanceof ScalarNode scalar && Tag.BOOL.equals(value.getTag())) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)));
        }
        problems.add(value, at(name), name + " must be true or false, found " + describe(value));
        return Optional.empty();
    }

    /** The items of a list field; empty when absent or not a list. */
    Optional<List<Node>> list(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        return value(name) instanceof SequenceNode sequence
                ? Optional.of(sequence.getValue())
                : listOf(value(name), at(name), problems);
    }

    /** A list of text items, each checked; empty when absent or when any item is wrong. */
    Optional<List<String>> texts(String name) {
        Optional<List<Node>> items = list(name);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.size();
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            Node item = items.get().get(i);
            String text = plainText(item);
            if (text != null) {
                texts.add(text);
            } else {
                textOf(item, Pointers.child(at(name), i), problems);
            }
        }
        return problems.size() == before ? Optional.of(texts) : Optional.empty();
    }

    Optional<Duration> duration(String name) {
        if (has(name)
                && (Tag.INT.equals(value(name).getTag())
                        || Tag.FLOAT.equals(value(name).getTag()))) {
            problems.add(value(name), at(name), name + " needs a unit, like 30s or 1m; found " + describe(value(name)));
            return Optional.empty();
        }
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DurationText.parse(text.get()));
        } catch (NotADurationException e) {
            problems.add(value(name), at(name), name + " " + e.getMessage());
            return Optional.empty();
        }
    }

    <E extends Enum<E> & Named> Optional<E> named(String name, Class<E> type) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Named.parse(type, name, text.get()));
        } catch (InvalidValueException e) {
            problems.add(value(name), at(name), e.getMessage());
            return Optional.empty();
        }
    }

    /** A list of closed-set names ({@code [hamstrings, glutes]}); empty when absent or any is wrong. */
    <E extends Enum<E> & Named> Optional<List<E>> namedList(String name, Class<E> type) {
        Optional<List<Node>> items = list(name);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.size();
        List<E> values = new java.util.ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            Node item = items.get().get(i);
            String text = plainText(item);
            if (text == null) {
                textOf(item, Pointers.child(at(name), i), problems);
                continue;
            }
            try {
                values.add(Named.parse(type, name, text));
            } catch (InvalidValueException e) {
                problems.add(item, Pointers.child(at(name), i), e.getMessage());
            }
        }
        return problems.size() == before ? Optional.of(values) : Optional.empty();
    }

    static <E extends Enum<E> & Named> Optional<E> namedOf(
            Class<E> type, String field, String text, Node node, String pointer, Problems problems) {
        try {
            return Optional.of(Named.parse(type, field, text));
        } catch (InvalidValueException e) {
            problems.add(node, pointer, e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<String> textOf(Node node, String pointer, Problems problems) {
        if (node instanceof ScalarNode scalar && Tag.STR.equals(node.getTag())) {
            return Optional.of(scalar.getValue());
        }
        String hint = node instanceof ScalarNode && !Tag.NULL.equals(node.getTag()) ? " (put it in quotes)" : "";
        if (Tag.NULL.equals(node.getTag())) {
            hint = " (leave an optional field out instead)";
        }
        problems.add(node, pointer, Pointers.label(pointer) + " must be text, found " + describe(node) + hint);
        return Optional.empty();
    }

    static Optional<List<Node>> listOf(Node node, String pointer, Problems problems) {
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        problems.add(node, pointer, Pointers.label(pointer) + " must be a list, found " + describe(node));
        return Optional.empty();
    }

    static Optional<Integer> integerOf(Node node, String pointer, Problems problems) {
        if (node instanceof ScalarNode scalar && Tag.INT.equals(node.getTag())) {
            BigInteger value = parseInteger(scalar.getValue());
            if (value.bitLength() < 32) {
                return Optional.of(value.intValue());
            }
            problems.add(
                    node,
                    pointer,
                    Pointers.label(pointer) + " is far too large (was " + Quote.plain(scalar.getValue()) + ")");
            return Optional.empty();
        }
        problems.add(node, pointer, Pointers.label(pointer) + " must be a whole number, found " + describe(node));
        return Optional.empty();
    }

    private static BigInteger parseInteger(String text) {
        String value = text.replace("_", "");
        boolean negative = value.startsWith("-");
        if (negative || value.startsWith("+")) {
            value = value.substring(1);
        }
        BigInteger number;
        if (value.startsWith("0x")) {
            number = new BigInteger(value.substring(2), 16);
        } else if (value.startsWith("0o")) {
            number = new BigInteger(value.substring(2), 8);
        } else {
            number = new BigInteger(value);
        }
        return negative ? number.negate() : number;
    }

    /** What a node is, in a user's words: {@code a list}, {@code the number 3}. */
    static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "an object";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return "null";
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "the number " + scalar.getValue();
        }
        if (Tag.BOOL.equals(tag)) {
            return scalar.getValue();
        }
        if (Tag.STR.equals(tag)) {
            String value = scalar.getValue();
            return "the text " + Quote.single(value);
        }
        return "a value tagged " + tag.getValue();
    }

    static String position(Node node) {
        return node.getStartMark()
                .map(mark -> "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1))
                .orElse("an unknown place");
    }
}
