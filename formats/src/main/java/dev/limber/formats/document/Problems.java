package dev.limber.formats.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Collects the problems of one source as they are found, so that one pass reports them all. A
 * file of pure garbage could yield millions, so collection stops after {@link #MAX} with a note.
 */
final class Problems {
    static final int MAX = 1000;

    private final String source;
    private final List<Problem> found = new ArrayList<>();
    private boolean truncated;
    private int added;

    Problems(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    void add(Node node, String pointer, String message) {
        add(node == null ? Optional.empty() : node.getStartMark(), pointer, message);
    }

    void add(Optional<Mark> mark, String pointer, String message) {
        if (mark.isPresent()) {
            add(new Problem(source, mark.get().getLine() + 1, mark.get().getColumn() + 1, pointer, message));
        } else {
            add(Problem.at(source, pointer, message));
        }
    }

    void add(int line, int column, String pointer, String message) {
        add(new Problem(source, line, column, pointer, message));
    }

    void add(Problem problem) {
        added++;
        if (found.size() < MAX) {
            found.add(problem);
        } else if (!truncated) {
            truncated = true;
            found.add(Problem.at(source, "", "more than " + MAX + " problems; the rest are not shown"));
        }
    }

    /**
     * How many problems were found, those past {@link #MAX} included: readers compare it before
     * and after reading an object to know whether the object had any, so it must keep growing
     * after the list stops.
     */
    int size() {
        return added;
    }

    /** Adds these problems to {@code other}, in the order they were found. */
    void addTo(Problems other) {
        found.forEach(other::add);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems in document order: by line, then column (those without a line first). */
    List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(sorted);
    }
}
