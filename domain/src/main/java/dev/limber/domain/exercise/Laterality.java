package dev.limber.domain.exercise;

import dev.limber.domain.Named;

/** Whether an exercise works both sides at once, one side at a time, or alternates. */
public enum Laterality implements Named {
    BILATERAL("bilateral"),
    PER_SIDE("per-side"),
    ALTERNATING("alternating");

    private final String externalName;

    Laterality(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static Laterality parse(String text) {
        return Named.parse(Laterality.class, "laterality", text);
    }
}
