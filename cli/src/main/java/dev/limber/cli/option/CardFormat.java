package dev.limber.cli.option;

/** How {@code limber card} prints a card. */
public enum CardFormat {
    /** 48 columns of plain text. */
    TEXT,
    /** Markdown. */
    MARKDOWN,
    /** A printable HTML page. */
    HTML;

    public String externalName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
