package dev.limber.domain.exercise;

import dev.limber.domain.Named;

/** What an exercise does to the body, which decides where in a session it belongs. */
public enum ExerciseKind implements Named {
    DYNAMIC("dynamic"),
    STATIC_STRETCH("static-stretch"),
    STRENGTH("strength"),
    MOBILITY("mobility"),
    NERVE_GLIDE("nerve-glide"),
    CARDIO("cardio"),
    PLYOMETRIC("plyometric");

    private final String externalName;

    ExerciseKind(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static ExerciseKind parse(String text) {
        return Named.parse(ExerciseKind.class, "kind", text);
    }

    /** Dynamic and mobility moves are the ones that warm up without switching muscles off. */
    public boolean warmsUp() {
        return this == DYNAMIC || this == MOBILITY;
    }

    /**
     * Strength, plyometric, cardio and dynamic work load muscles; stretches, mobility and nerve
     * glides do not (they prepare and ease the muscles that are loaded).
     */
    public boolean loads() {
        return this == STRENGTH || this == PLYOMETRIC || this == CARDIO || this == DYNAMIC;
    }
}
