package dev.limber.domain.exercise;

import dev.limber.domain.Named;

/** How much experience an exercise asks for, as public datasets grade it (free-exercise-db's {@code level}). */
public enum Level implements Named {
    BEGINNER("beginner"),
    INTERMEDIATE("intermediate"),
    EXPERT("expert");

    private final String externalName;

    Level(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static Level parse(String text) {
        return Named.parse(Level.class, "level", text);
    }
}
