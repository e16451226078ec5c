package dev.limber.domain.card;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import java.time.Duration;
import java.util.List;

/**
 * A compact card of a routine to stick on a gym bag (the article's pro tip): its lines as data.
 * Rendering it (plain text, Markdown, a printable HTML page) is a format's job:
 * {@code dev.limber.formats.card.CardFormat}, which the service and the CLI both use.
 *
 * @param title the program's or session's name
 * @param total the time of all its sessions
 * @param lines the card's lines, title first
 */
public record RoutineCard(String title, Duration total, List<CardLine> lines) {
    /** The mark after a dose the catalog chose, explained in a note; renderings escape it where it means something. */
    public static final String CATALOG_MARK = "*";
    /** The mark before a time estimated from rep counts, explained in a note. */
    public static final String ESTIMATE_MARK = "≈";

    public RoutineCard {
        Checks.notBlank("title", title);
        Checks.required("total", total);
        lines = Checks.nonEmpty("lines", lines);
    }

    /** The exercises named on the card, in order of appearance. */
    public List<ExerciseId> exercises() {
        return lines.stream()
                .filter(CardLine.StepLine.class::isInstance)
                .map(CardLine.StepLine.class::cast)
                .map(CardLine.StepLine::exercise)
                .distinct()
                .toList();
    }
}
