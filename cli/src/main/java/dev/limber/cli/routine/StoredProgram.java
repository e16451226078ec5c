package dev.limber.cli.routine;

import dev.limber.cli.exit.InputException;
import dev.limber.domain.Quote;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.usecase.FindProgram;
import java.util.List;
import java.util.stream.Collectors;

/** Finds the program (and session) a printing command names. */
final class StoredProgram {
    private StoredProgram() {}

    static Program find(FindProgram findProgram, String id) {
        return findProgram.byId(ProgramId.of(id)).value();
    }

    /** The named session, or a message listing the program's sessions when it has none of that name. */
    static Session session(Program program, String name) {
        return program.session(name)
                .orElseThrow(() -> new InputException(
                        List.of("limber: program " + program.id()
                                + " has no session " + Quote.single(name) + "; its sessions: "
                                + program.sessions().stream()
                                        .map(s -> Quote.single(s.name()))
                                        .collect(Collectors.joining(", "))),
                        "limber: nothing was printed."));
    }
}
