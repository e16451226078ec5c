package dev.limber.domain.program;

import dev.limber.domain.Named;

/** The three parts of a training session, in the order they belong. */
public enum PhaseKind implements Named {
    WARM_UP("warm-up"),
    MAIN("main"),
    COOL_DOWN("cool-down");

    private final String externalName;

    PhaseKind(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static PhaseKind parse(String text) {
        return Named.parse(PhaseKind.class, "phase", text);
    }
}
