package dev.limber.formats.document;

import java.util.function.Supplier;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A value read from a document with the node and pointer it was read from. The node may be read
 * again only when asked for ({@link StreamedDocument} keeps where an item's text is, not its
 * tree).
 */
record Located<T>(T value, String source, Supplier<Node> place, String pointer) {
    Located(T value, String source, Node node, String pointer) {
        this(value, source, () -> node, pointer);
    }

    Node node() {
        return place.get();
    }
}
