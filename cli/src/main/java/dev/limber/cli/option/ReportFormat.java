package dev.limber.cli.option;

/** How {@code limber validate} reports: a line per finding, or one JSON object for machines. */
public enum ReportFormat {
    TEXT,
    JSON;

    public String externalName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
