package dev.limber.persistence.archfixture;

import dev.limber.domain.usecase.SeedBuiltInCatalog;

/**
 * Breaks the start-up walls on purpose: the persistence adapter running a use case and ending
 * the process. Test fixture only.
 */
public class PersistenceDecidingTheStart {
    public boolean seed(SeedBuiltInCatalog seed) {
        return seed.ifEmpty();
    }

    public void giveUp() {
        System.exit(1);
    }
}
