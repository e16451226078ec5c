package dev.limber.formats.document;

import dev.limber.domain.usecase.MisfitStepsException;
import dev.limber.domain.usecase.UnknownVariationOfException;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Turns a JSON pointer into the catalog a reader returned (such as
 * {@code /programs/0/sessions/0/phases/0/steps/2/exercise}, where {@link LocationPointers} puts
 * a {@link MisfitStepsException.Problem}) back into a place in the document it came from: the
 * file, line and column, and the pointer within that file. When several files were read, the
 * n-th exercise or program of the catalog is found in the file that held it. A pointer to a
 * field the document left out is located at the nearest enclosing object that is there.
 */
public final class Locator {

    private final Located<?> root;
    private final List<Located<?>> exercises;
    private final List<Located<?>> programs;

    private Locator(Located<?> root, List<? extends Located<?>> exercises, List<? extends Located<?>> programs) {
        this.root = root;
        this.exercises = List.copyOf(exercises);
        this.programs = List.copyOf(programs);
    }

    /** A locator for one object or document read whole from {@code source}. */
    static Locator of(String source, Node root) {
        return new Locator(Located.of(null, source, root, ""), List.of(), List.of());
    }

    /**
     * A locator for a catalog merged from documents, item by item in catalog order; each item's
     * place is kept as it was read (a streamed item's tree is read again only when asked).
     */
    static Locator of(
            String firstSource,
            Node firstRoot,
            List<? extends Located<?>> exercises,
            List<? extends Located<?>> programs) {
        return new Locator(Located.of(null, firstSource, firstRoot, ""), exercises, programs);
    }

    /** The problem {@code message} placed where {@code pointer} points. */
    public Problem at(String pointer, String message) {
        List<String> segments = Pointers.segments(pointer);
        Located<?> origin = root;
        List<String> rest = segments;
        if (segments.size() >= 2
                && (segments.get(0).equals("exercises") || segments.get(0).equals("programs"))) {
            List<Located<?>> items = segments.get(0).equals("exercises") ? exercises : programs;
            int index = index(segments.get(1));
            if (index >= 0 && index < items.size()) {
                origin = items.get(index);
                rest = segments.subList(2, segments.size());
            }
        }
        String local = origin.pointer() + Pointers.join(rest);
        Node node = deepest(origin.node(), rest);
        if (node == null || node.getStartMark().isEmpty()) {
            return Problem.at(origin.source(), local, message);
        }
        var mark = node.getStartMark().get();
        return new Problem(origin.source(), mark.getLine() + 1, mark.getColumn() + 1, local, message);
    }

    /** Every problem of a refused import, placed in the documents it was read from. */
    public List<Problem> at(MisfitStepsException rejected) {
        return rejected.problems().stream()
                .map(p -> at(LocationPointers.of(p), p.message()))
                .toList();
    }

    /** Every dangling {@code variationOf} of a refused import, placed in the documents it was read from. */
    public List<Problem> at(UnknownVariationOfException rejected) {
        return rejected.links().stream()
                .map(link -> at(LocationPointers.of(link), link.message()))
                .toList();
    }

    /** The name of the source (file) that an exercise or program pointer leads into. */
    public String sourceOf(String pointer) {
        return at(pointer, "").source();
    }

    /** The deepest node on {@code path} below {@code node} that the document has. */
    static Node deepest(Node node, List<String> path) {
        Node current = node;
        for (String segment : path) {
            Node next = child(current, segment);
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static Node child(Node node, String segment) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key
                        && key.getValue().equals(segment)) {
                    return tuple.getValueNode();
                }
            }
            return null;
        }
        if (node instanceof SequenceNode sequence) {
            int index = index(segment);
            return index >= 0 && index < sequence.getValue().size()
                    ? sequence.getValue().get(index)
                    : null;
        }
        return null;
    }

    private static int index(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(segment);
    }
}
