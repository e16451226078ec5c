package dev.limber.domain.usecase;

import dev.limber.domain.Named;

/** What an import does with an id that is already stored with different content. */
public enum ConflictPolicy implements Named {
    /** Refuse the whole import. */
    FAIL("fail"),
    /** Keep what is stored. */
    SKIP("skip"),
    /** Replace what is stored. */
    REPLACE("replace");

    private final String externalName;

    ConflictPolicy(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static ConflictPolicy parse(String text) {
        return Named.parse(ConflictPolicy.class, "on-conflict", text);
    }
}
