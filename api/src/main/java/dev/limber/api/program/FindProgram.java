package dev.limber.api.program;

import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import jakarta.inject.Singleton;

/**
 * Looks a stored program up by the id a path names; 404 when there is none. (The domain has
 * {@code FindExercise} but no program counterpart yet; this is the same in-port, kept here until
 * the domain gains it.)
 */
@Singleton
public final class FindProgram {
    private final Programs programs;

    FindProgram(Programs programs) {
        this.programs = programs;
    }

    public Stored<Program> byId(String id) {
        ProgramId programId = ProgramId.of(id);
        return programs.find(programId).orElseThrow(() -> new NotFoundException("program", programId));
    }
}
