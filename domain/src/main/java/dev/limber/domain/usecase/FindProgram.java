package dev.limber.domain.usecase;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.query.NearestIds;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.ProgramQuery;
import java.util.List;
import java.util.Optional;

/** Looks stored programs up: one by id (and one of its sessions), or a page of them. */
public final class FindProgram {
    private final Programs programs;

    public FindProgram(Programs programs) {
        this.programs = Checks.required("programs", programs);
    }

    /**
     * The program with that id; {@link NotFoundException} naming the nearest stored ids when
     * there is none.
     */
    public Stored<Program> byId(ProgramId id) {
        return find(id).orElseThrow(() -> new NotFoundException(
                "program",
                id,
                NearestIds.among(
                        id.value(), ids().stream().map(ProgramId::value).toList())));
    }

    /** Every stored program's id, in id order. */
    public List<ProgramId> ids() {
        return programs.ids();
    }

    /** The program with that id, if one is stored. */
    public Optional<Stored<Program>> find(ProgramId id) {
        return programs.find(Checks.required("id", id));
    }

    /**
     * A stored program's session by name, the first when {@code sessionName} is null;
     * {@link NotFoundException} when there is no such program or session.
     */
    public Session session(ProgramId id, String sessionName) {
        Program program = byId(id).value();
        return program.session(sessionName).orElseThrow(() -> new NotFoundException("session", sessionName));
    }

    public Page<Program> matching(ProgramQuery query) {
        return programs.search(Checks.required("query", query));
    }
}
