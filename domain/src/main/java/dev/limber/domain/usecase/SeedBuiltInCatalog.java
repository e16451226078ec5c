package dev.limber.domain.usecase;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Transactions;

/**
 * Loads the built-in catalog into an empty store on first use. Safe when several service
 * instances start at once on one database: the one that loses the race finds the ids taken and
 * leaves the winner's catalog in place.
 */
public final class SeedBuiltInCatalog {
    private final Exercises exercises;
    private final Programs programs;
    private final ImportCatalog importCatalog;

    public SeedBuiltInCatalog(Exercises exercises, Programs programs, Transactions transactions) {
        this.exercises = exercises;
        this.programs = programs;
        this.importCatalog = new ImportCatalog(exercises, programs, transactions);
    }

    /** Returns true when this call loaded the catalog, false when the store already had data. */
    public boolean ifEmpty() {
        if (exercises.count() > 0 || programs.count() > 0) {
            return false;
        }
        try {
            // Built only now: most starts find the store seeded and never need it.
            importCatalog.run(ImportCatalog.Command.write(BuiltInCatalog.catalog()));
            return true;
        } catch (ConflictException raceLost) {
            return false;
        }
    }
}
