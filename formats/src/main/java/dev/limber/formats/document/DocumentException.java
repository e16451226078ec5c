package dev.limber.formats.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document (or a set of them) that cannot be read, with every problem found in it, in the
 * order of the sources and then of their positions. Nothing is returned when this is thrown.
 */
public final class DocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public DocumentException(List<Problem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public DocumentException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found, never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DocumentException needs at least one problem");
        }
        return problems.size() + " problem(s):\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
