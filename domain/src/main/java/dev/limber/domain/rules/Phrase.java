package dev.limber.domain.rules;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.PhaseKind;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text to be worded in some language: a stable message key and named arguments. The wording
 * lives in resource bundles ({@link FindingText}); an app that speaks another language looks the
 * key up in its own bundle and formats the arguments itself.
 *
 * <p>Arguments keep their order and are plain data: a {@link Number}, a {@link Duration}, a
 * {@link String} (exercise ids and names, and catalog texts such as an exercise's caution, which
 * stay in the catalog's language), an {@link ExerciseId}, a {@link Target}, a {@link PhaseKind},
 * a nested {@code Phrase} (a fragment worded by its own key), or a {@link List} of those (worded
 * as a series: {@code a, b and c}; see {@link #series(Series, List)} for the other joinings).
 *
 * @param key       the stable key, e.g. {@code warm-up-duration.too-short}: lower-case words
 *                  joined by {@code .} and {@code -}
 * @param arguments the values the text names, by placeholder name, in order
 */
public record Phrase(String key, Map<String, Object> arguments) {

    /** How a series of items is joined. */
    public enum Series {
        /** {@code a, b and c} */
        AND,
        /** {@code a, b or c} */
        OR,
        /** {@code a, b, c} */
        COMMAS,
        /** {@code a; b; c} */
        SEMICOLONS;

        /** The key of the fragment that joins two items, e.g. {@code series.and}. */
        public String key() {
            return "series." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Phrase {
        Checks.required("key", key);
        if (!isKey(key)) {
            throw new InvalidValueException("key", key, "must be lower-case words joined by '.' or '-'");
        }
        Checks.required("arguments", arguments);
        Map<String, Object> copy = new LinkedHashMap<>();
        arguments.forEach((name, value) -> {
            if (name == null || !isName(name)) {
                throw new InvalidValueException("arguments", name, "names must be letters and digits");
            }
            copy.put(name, plain(name, value));
        });
        arguments = Collections.unmodifiableMap(copy);
    }

    /** A text without arguments. */
    public static Phrase of(String key) {
        return new Phrase(key, Map.of());
    }

    /** A text with one argument. */
    public static Phrase of(String key, String name, Object value) {
        return new Phrase(key, Map.of(name, value));
    }

    /** A text with two arguments, in this order. */
    public static Phrase of(String key, String name1, Object value1, String name2, Object value2) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put(name1, value1);
        arguments.put(name2, value2);
        return new Phrase(key, arguments);
    }

    /**
     * A series of items joined as told: a fragment with key {@code series.and} (and so on) and
     * the argument {@code items}.
     */
    public static Phrase series(Series joining, List<?> items) {
        Checks.required("joining", joining);
        return of(joining.key(), "items", items);
    }

    /** The same text with one more argument. */
    public Phrase with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(arguments);
        more.put(name, value);
        return new Phrase(key, more);
    }

    /**
     * {@code [a-z0-9]+([.-][a-z0-9]+)*}, checked by hand: every finding builds several phrases,
     * and a regular expression's matcher cost more than the rest of the phrase.
     */
    static boolean isKey(String key) {
        boolean wordStart = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                wordStart = false;
            } else if ((c == '.' || c == '-') && !wordStart) {
                wordStart = true;
            } else {
                return false;
            }
        }
        return !wordStart;
    }

    /** {@code [a-zA-Z][a-zA-Z0-9]*}, checked by hand (see {@link #isKey}). */
    static boolean isName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private static Object plain(String name, Object value) {
        if (value instanceof List<?> list) {
            return List.copyOf(list.stream().map(item -> plain(name, item)).toList());
        }
        if (value instanceof Number
                || value instanceof Duration
                || value instanceof String
                || value instanceof ExerciseId
                || value instanceof Target
                || value instanceof PhaseKind
                || value instanceof Phrase) {
            return value;
        }
        throw new InvalidValueException(
                "arguments." + name,
                value,
                "must be a number, duration, text, exercise id, target, phase, phrase or a list of those");
    }
}
