package dev.limber.domain.usecase;

import dev.limber.domain.DomainException;
import java.util.List;

/**
 * An import refused before anything was written, with every problem found (not only the first),
 * each at a path into the catalog such as {@code /programs/0/sessions/0/phases/0/steps/2/exercise}.
 */
public final class ImportRejectedException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** One problem and where it is. */
    public record Problem(String path, String message) {
    }

    private final List<Problem> problems;

    public ImportRejectedException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems.get(0).path() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
