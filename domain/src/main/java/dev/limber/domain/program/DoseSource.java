package dev.limber.domain.program;

import dev.limber.domain.Named;

/**
 * Who chose a dose: the article itself, or the catalog where the article gives none. Cards and
 * the API show it so a reader never mistakes our choice for the author's.
 */
public enum DoseSource implements Named {
    ARTICLE("article"),
    CATALOG("catalog-choice"),
    USER("user");

    private final String externalName;

    DoseSource(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static DoseSource parse(String text) {
        return Named.parse(DoseSource.class, "doseSource", text);
    }
}
