package dev.limber.formats.document;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A value read from a document, with where it was read: its source, its JSON pointer and the
 * node it was read from. A streamed item keeps only where its text is and reads its node again
 * when a problem must be placed in it ({@link StreamedItem}); any other keeps its tree.
 */
sealed interface Located<T> permits Located.InTree, StreamedItem {
    T value();

    String source();

    String pointer();

    Node node();

    static <T> Located<T> of(T value, String source, Node node, String pointer) {
        return new InTree<>(value, source, node, pointer);
    }

    /** A value whose tree is kept. */
    record InTree<T>(T value, String source, Node node, String pointer) implements Located<T> {}
}
