package dev.limber.domain.usecase;

import dev.limber.domain.DomainException;
import dev.limber.domain.ModelField;
import dev.limber.domain.program.Program;
import dev.limber.domain.rules.Location;
import java.util.List;
import java.util.OptionalInt;

/**
 * Programs refused, by an import or a save, before anything was written, because their steps name
 * unknown exercises or misfit them ({@link dev.limber.domain.program.StepFit}); with every problem
 * found (not only the first), each placed in the model: which program, where in it, and which
 * field. Adapters turn the place into their own terms (a JSON pointer, a file, line and column);
 * the domain writes no paths.
 */
public final class MisfitStepsException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem and where it is.
     *
     * @param catalogIndex the program's position in the imported catalog; empty for a program
     *                     saved on its own
     * @param program      the program it is in
     * @param location     the step (or phase, session) in the program
     * @param field        the refused field of that step
     * @param message      what is wrong, for people
     */
    public record Problem(
            OptionalInt catalogIndex, Program program, Location location, ModelField field, String message) {}

    private final transient List<Problem> problems;

    public MisfitStepsException(List<Problem> problems) {
        super(problems.size() + " problem(s), the first in program "
                + problems.get(0).program().id() + " at "
                + problems.get(0).location().describe() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
