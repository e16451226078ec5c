package dev.limber.domain.usecase;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Programs;
import dev.limber.domain.program.ProgramId;

/** Removes a stored program. */
public final class DeleteProgram {
    private final Programs programs;

    /**
     * A program to delete.
     *
     * @param id       its id
     * @param expected the version the caller read (or anything)
     */
    public record Command(ProgramId id, ExpectedVersion expected) {
        public Command {
            Checks.required("id", id);
            Checks.required("expected", expected);
        }
    }

    public DeleteProgram(Programs programs) {
        this.programs = Checks.required("programs", programs);
    }

    /** Returns false when nothing was stored under that id. */
    public boolean delete(Command command) {
        Checks.required("command", command);
        return programs.delete(command.id(), command.expected());
    }
}
