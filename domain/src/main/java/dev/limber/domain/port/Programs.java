package dev.limber.domain.port;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.ProgramQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: stored programs, each saved and loaded whole (sessions, phases, steps in order).
 * A step naming an exercise the store lacks is refused with
 * {@link ConflictException.Reason#UNKNOWN_REFERENCE}.
 */
public interface Programs {

    Optional<Stored<Program>> find(ProgramId id);

    /** Creates or replaces a whole program, checking the version the caller expects. */
    Stored<Program> save(Program program, ExpectedVersion expected);

    boolean delete(ProgramId id, ExpectedVersion expected);

    Page<Program> search(ProgramQuery query);

    long count();

    /**
     * Every stored program with a step naming one of these exercises, whole, in id order: what a
     * change to those exercises must still fit.
     */
    List<Program> using(Collection<ExerciseId> exercises);

    /** Every stored id, in id order: what "did you mean" and completion choose from. */
    List<ProgramId> ids();
}
