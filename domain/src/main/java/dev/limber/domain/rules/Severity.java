package dev.limber.domain.rules;

import dev.limber.domain.Named;

/** How much a finding matters: an error breaks the program, a warning deserves a fix, info is advice. */
public enum Severity implements Named {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String externalName;

    Severity(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static Severity parse(String text) {
        return Named.parse(Severity.class, "severity", text);
    }
}
