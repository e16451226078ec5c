package dev.limber.domain.exercise;

import dev.limber.domain.Named;

/** The force an exercise's main effort makes: pushing, pulling, or holding still (free-exercise-db's {@code force}). */
public enum Force implements Named {
    PUSH("push"),
    PULL("pull"),
    STATIC("static");

    private final String externalName;

    Force(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static Force parse(String text) {
        return Named.parse(Force.class, "force", text);
    }
}
