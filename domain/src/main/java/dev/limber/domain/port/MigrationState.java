package dev.limber.domain.port;

import dev.limber.domain.Named;

/** Where one migration of a store's schema stands. */
public enum MigrationState implements Named {
    /** Shipped with this version, not yet applied. */
    PENDING("pending"),
    /** Applied. */
    SUCCESS("success"),
    /** Applied and failed: the schema needs an administrator. */
    FAILED("failed"),
    /** Applied, but this version does not ship it (removed or renamed since). */
    MISSING("missing"),
    /** Applied by a newer version of Limber than this one. */
    FUTURE("future"),
    /** Shipped, but skipped: older than the last applied one. */
    IGNORED("ignored"),
    /** Applied after a later version (out of order). */
    OUT_OF_ORDER("out of order"),
    /** A state this version does not tell apart. */
    OTHER("other");

    private final String externalName;

    MigrationState(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }
}
