package dev.limber.formats.document;

import java.util.Locale;

/** The two spellings of a Limber document. JSON is read as the strict subset of YAML 1.2 it is. */
public enum DocumentFormat {
    JSON("json"),
    YAML("yaml");

    private final String externalName;

    DocumentFormat(String externalName) {
        this.externalName = externalName;
    }

    public String externalName() {
        return externalName;
    }

    /** The format a file's extension names: {@code .json}, {@code .yaml} or {@code .yml}. */
    public static DocumentFormat fromFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML;
        }
        throw new IllegalArgumentException(
                "cannot tell the format of " + fileName + ": a document's name ends in .json, .yaml or .yml");
    }

    /** The format named {@code json} or {@code yaml} (any case), as a command-line option gives it. */
    public static DocumentFormat parse(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.externalName.equals(lower)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown document format " + name + ": must be one of json, yaml");
    }

    /** Whether a file name has one of the extensions a folder scan picks up. */
    static boolean isDocumentName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
