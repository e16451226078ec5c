package dev.limber.cli.archfixture;

import dev.limber.domain.port.Programs;
import dev.limber.domain.program.ProgramId;

/** Breaks a wall on purpose: a command deleting through the out-port instead of a use case. Test fixture only. */
public class CommandUsingAPort {
    public boolean delete(Programs programs, String id) {
        return programs.delete(ProgramId.of(id), dev.limber.domain.port.ExpectedVersion.any());
    }
}
