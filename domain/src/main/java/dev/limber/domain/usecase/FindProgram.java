package dev.limber.domain.usecase;

import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;

/** Looks a stored program up by id, as every command and endpoint that names one does. */
public final class FindProgram {
    private final Programs programs;

    public FindProgram(Programs programs) {
        this.programs = programs;
    }

    /** The program with that id; {@link NotFoundException} when there is none. */
    public Stored<Program> byId(ProgramId id) {
        return programs.find(id).orElseThrow(() -> new NotFoundException("program", id));
    }
}
