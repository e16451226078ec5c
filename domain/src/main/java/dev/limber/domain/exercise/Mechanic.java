package dev.limber.domain.exercise;

import dev.limber.domain.Named;

/** Whether an exercise moves one joint (isolation) or several (compound), as public datasets say it. */
public enum Mechanic implements Named {
    COMPOUND("compound"),
    ISOLATION("isolation");

    private final String externalName;

    Mechanic(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static Mechanic parse(String text) {
        return Named.parse(Mechanic.class, "mechanic", text);
    }
}
