package dev.limber.cli.option;

/** What the files of an import are: Limber documents, or the free-exercise-db dataset. */
public enum SourceFormat {
    LIMBER("limber"),
    FREE_EXERCISE_DB("free-exercise-db"),
    WGER("wger");

    private final String externalName;

    SourceFormat(String externalName) {
        this.externalName = externalName;
    }

    public String externalName() {
        return externalName;
    }
}
