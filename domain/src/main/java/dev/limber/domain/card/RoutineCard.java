package dev.limber.domain.card;

import dev.limber.domain.Checks;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.ExerciseId;
import java.time.Duration;
import java.util.List;

/**
 * A compact card of a routine to stick on a gym bag (the article's pro tip): its lines as data,
 * and renderings as plain text, Markdown and a printable HTML page.
 *
 * @param title the program's or session's name
 * @param total the time of all its sessions
 * @param lines the card's lines, title first
 */
public record RoutineCard(String title, Duration total, List<CardLine> lines) {
    /** Plain-text width that fits a card in a gym bag. */
    public static final int TEXT_WIDTH = 48;
    /** The mark after a dose the catalog chose, explained in a note. */
    static final String CATALOG_MARK = "*";

    public RoutineCard {
        Checks.notBlank("title", title);
        Checks.required("total", total);
        lines = Checks.nonEmpty("lines", lines);
    }

    /** Plain text, lines wrapped at {@link #TEXT_WIDTH} characters. */
    public String text() {
        return text(TEXT_WIDTH);
    }

    /** Plain text, lines wrapped at {@code width} characters (a word longer than that stays whole). */
    public String text(int width) {
        if (width < 20) {
            throw new InvalidValueException("width", width, "must be at least 20");
        }
        return new TextCard(width).render(this);
    }

    public String markdown() {
        return new MarkdownCard().render(this);
    }

    /**
     * A printable HTML page: one A6 sheet (105 × 148 mm, a large index card) in small type, with
     * print CSS; every text is escaped. The service and the CLI both serve this one rendering.
     */
    public String html() {
        return new HtmlCard().render(this);
    }

    /** The exercises named on the card, in order of appearance. */
    public List<ExerciseId> exercises() {
        return lines.stream().filter(CardLine.StepLine.class::isInstance).map(CardLine.StepLine.class::cast)
                .map(CardLine.StepLine::exercise).distinct().toList();
    }
}
