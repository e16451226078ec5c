package dev.limber.domain.exercise;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an exercise needs: nothing (body weight), not known (a dataset that does not say), or a
 * list of named items. "Not known" is kept apart from "nothing" because a catalog filtered for
 * exercises without equipment must not offer one whose dataset simply left the field empty.
 *
 * @param known whether the equipment is known; {@code false} only with no items
 * @param items the items named, in order, distinct; none when nothing is needed or it is not known
 */
public record Equipment(boolean known, List<String> items) {
    /** How a document and a view word "nothing needed" (and how Limber always has). */
    public static final String NONE_WORD = "body weight";
    /** How a document words "nothing needed" besides {@link #NONE_WORD}. */
    public static final String NONE_ALIAS = "none";
    /** How a document and a view word "not known". */
    public static final String UNKNOWN_WORD = "unknown";

    private static final Equipment NONE = new Equipment(true, List.of());
    private static final Equipment UNKNOWN = new Equipment(false, List.of());

    public Equipment {
        items = Checks.list(ModelField.EXERCISE_EQUIPMENT, items);
        Checks.atMost(ModelField.EXERCISE_EQUIPMENT, items, Limits.EQUIPMENT_ITEMS);
        List<String> checked = new ArrayList<>(items.size());
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            String line = Checks.line(ModelField.EXERCISE_EQUIPMENT, item, Limits.EQUIPMENT);
            if (!seen.add(line.toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException(ModelField.EXERCISE_EQUIPMENT, line, "must not name an item twice");
            }
            checked.add(line);
        }
        items = List.copyOf(checked);
        if (!known && !items.isEmpty()) {
            throw new InvalidValueException(
                    ModelField.EXERCISE_EQUIPMENT, items, "must not list items when the equipment is unknown");
        }
    }

    /** Nothing needed: body weight. */
    public static Equipment none() {
        return NONE;
    }

    /** Not known: the source did not say (which is not "nothing needed"). */
    public static Equipment unknown() {
        return UNKNOWN;
    }

    /** The items named; no items is {@link #none()}. */
    public static Equipment of(List<String> items) {
        return items.isEmpty() ? NONE : new Equipment(true, items);
    }

    public static Equipment of(String... items) {
        return of(Arrays.asList(items));
    }

    /**
     * Equipment as one line of text, as Limber wrote it before it kept a list: {@code body weight}
     * or {@code none} (any case) is nothing, {@code unknown} is not known, blank or absent is
     * nothing, anything else is one item.
     */
    public static Equipment ofLine(String line) {
        if (line == null || line.isBlank()) {
            return NONE;
        }
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (word.equals(NONE_WORD) || word.equals(NONE_ALIAS)) {
            return NONE;
        }
        if (word.equals(UNKNOWN_WORD)) {
            return UNKNOWN;
        }
        return of(List.of(line));
    }

    public boolean isNone() {
        return known && items.isEmpty();
    }

    public boolean isUnknown() {
        return !known;
    }

    /**
     * Whether {@link #ofLine} would read this back from one line: nothing, not known, or one item
     * that is not one of the words of the other two.
     */
    public boolean fitsOneLine() {
        return items.size() <= 1 && (items.isEmpty() || ofLine(items.get(0)).equals(this));
    }

    /** One line for people: {@code body weight}, {@code unknown}, or the items joined by commas. */
    public String text() {
        if (!known) {
            return UNKNOWN_WORD;
        }
        return items.isEmpty() ? NONE_WORD : String.join(", ", items);
    }
}
