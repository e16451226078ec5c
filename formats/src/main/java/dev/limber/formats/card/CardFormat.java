package dev.limber.formats.card;

import dev.limber.domain.card.RoutineCard;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The renderings of a routine card, one each for the service and the CLI: plain text (48
 * columns, to print and stick on a gym bag), Markdown, and a printable HTML page with its CSS.
 * The card's content comes from the domain ({@code RoutineCards}); only the markup lives here.
 */
public enum CardFormat {
    TEXT("text", "text/plain"),
    MARKDOWN("markdown", "text/markdown"),
    HTML("html", "text/html");

    /** Plain-text width that fits a card in a gym bag. */
    public static final int TEXT_WIDTH = 48;
    /** The narrowest plain-text card: below it a dose no longer fits beside its number. */
    public static final int NARROWEST_TEXT = 20;

    private final String externalName;
    private final String mediaType;

    CardFormat(String externalName, String mediaType) {
        this.externalName = externalName;
        this.mediaType = mediaType;
    }

    /** The name a user types: {@code text}, {@code markdown}, {@code html}. */
    public String externalName() {
        return externalName;
    }

    /** The media type the service answers with (without charset). */
    public String mediaType() {
        return mediaType;
    }

    public String render(RoutineCard card) {
        return switch (this) {
            case TEXT -> text(card, TEXT_WIDTH);
            case MARKDOWN -> new MarkdownCard().render(card);
            case HTML -> new HtmlCard().render(card);
        };
    }

    /** Plain text wrapped at {@code width} columns (a word longer than that stays whole). */
    public static String text(RoutineCard card, int width) {
        if (width < NARROWEST_TEXT) {
            throw new IllegalArgumentException("width must be at least " + NARROWEST_TEXT + " (was " + width + ")");
        }
        return new TextCard(width).render(card);
    }

    /** The format of that exact name; empty when there is none. */
    public static Optional<CardFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.externalName.equals(name)).findFirst();
    }

    /** {@code text, markdown, html}: for messages that list the choices. */
    public static String names() {
        return Arrays.stream(values()).map(CardFormat::externalName).collect(Collectors.joining(", "));
    }
}
