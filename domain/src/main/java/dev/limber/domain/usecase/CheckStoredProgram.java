package dev.limber.domain.usecase;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.rules.ValidationReport;

/**
 * Checks a stored program against the guidelines: the program and every exercise it names are
 * read in one read unit (one connection and one commit on a database, not one per read).
 */
public final class CheckStoredProgram {
    private final FindProgram findProgram;
    private final ValidateProgram validate;
    private final Transactions transactions;

    public CheckStoredProgram(FindProgram findProgram, ValidateProgram validate, Transactions transactions) {
        this.findProgram = Checks.required("findProgram", findProgram);
        this.validate = Checks.required("validate", validate);
        this.transactions = Checks.required("transactions", transactions);
    }

    /** The findings of the stored program; {@link NotFoundException} naming the nearest ids when there is none. */
    public ValidationReport check(ProgramId id) {
        Checks.required("id", id);
        return transactions.reading(() -> validate.validate(findProgram.byId(id).value()));
    }
}
