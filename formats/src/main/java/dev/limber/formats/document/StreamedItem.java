package dev.limber.formats.document;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Where an item of a streamed document's list stands: its index in the list and where its text
 * starts and ends, a few ints instead of a pointer string and a closure per item (a
 * 100,000-exercise document keeps one per exercise for as long as its catalog is used). The
 * pointer and the marked tree are made again only when a problem is placed in the item.
 *
 * @param start  where its text starts in the document (0-based)
 * @param end    where its text ends (exclusive)
 * @param line   the line it starts on (1-based, as jackson counts)
 * @param column the column it starts at (1-based)
 * @param index  its index in the list
 */
record StreamedItem<T>(T value, StreamedItem.InList list, int start, int end, int line, int column, int index)
        implements Located<T> {

    /** Depth of an item of a document's list: the document is 1, the list 2. */
    static final int DEPTH = 3;

    /** What the items of one list share: the document's text, its source and limits, the list's pointer. */
    record InList(String text, String source, ReadLimits limits, String pointer) {}

    /** The same place, holding the value read there. */
    <V> StreamedItem<V> holding(V read) {
        return new StreamedItem<>(read, list, start, end, line, column, index);
    }

    @Override
    public String source() {
        return list.source();
    }

    @Override
    public String pointer() {
        return Pointers.child(list.pointer(), index);
    }

    /** The item's tree read again from its text, marked where it stands in the document. */
    @Override
    public Node node() {
        return read(list, start, end, line, column)
                .orElseThrow(() -> new IllegalStateException("an item read before no longer reads at " + start));
    }

    /** An item's marked tree from its text, or empty when it does not read within the limits. */
    static java.util.Optional<Node> read(InList list, int start, int end, int line, int column) {
        return JsonSyntax.readPart(
                list.text().substring(start, end), list.source(), list.limits(), start, line, column, DEPTH);
    }
}
