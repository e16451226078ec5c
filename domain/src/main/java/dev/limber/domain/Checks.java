package dev.limber.domain;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The guards every record of the model uses in its compact constructor, so that each refusal
 * reads the same way: field, problem, value.
 */
public final class Checks {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SLUG = 100;

    private Checks() {
    }

    /** A lowercase slug such as {@code leg-swings}: the shape of every id and tag. */
    public static String slug(String field, String value) {
        if (value == null || value.length() > MAX_SLUG || !SLUG.matcher(value).matches()) {
            throw new InvalidValueException(field, value, "must be a lowercase slug like leg-swings"
                    + " (a-z, 0-9, single hyphens, at most " + MAX_SLUG + " characters)");
        }
        return value;
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        return value;
    }

    public static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, value, "must not be blank");
        }
        return value.strip();
    }

    public static int positive(String field, int value) {
        if (value <= 0) {
            throw new InvalidValueException(field, value, "must be positive");
        }
        return value;
    }

    public static Duration positive(String field, Duration value) {
        required(field, value);
        if (value.isZero() || value.isNegative()) {
            throw new InvalidValueException(field, value, "must be a positive duration");
        }
        return value;
    }

    public static Duration notNegative(String field, Duration value) {
        required(field, value);
        if (value.isNegative()) {
            throw new InvalidValueException(field, value, "must not be negative");
        }
        return value;
    }

    /** An immutable copy that refuses null elements, naming the index of the first one. */
    public static <T> List<T> list(String field, Collection<T> values) {
        required(field, values);
        int index = 0;
        for (T value : values) {
            if (value == null) {
                throw new InvalidValueException(field + "[" + index + "]", null, "is required");
            }
            index++;
        }
        return List.copyOf(values);
    }

    /** Like {@link #list} and also refuses blank strings. */
    public static List<String> texts(String field, Collection<String> values) {
        List<String> copy = list(field, values);
        for (int i = 0; i < copy.size(); i++) {
            notBlank(field + "[" + i + "]", copy.get(i));
        }
        return copy.stream().map(String::strip).toList();
    }

    public static <T> List<T> nonEmpty(String field, Collection<T> values) {
        List<T> copy = list(field, values);
        if (copy.isEmpty()) {
            throw new InvalidValueException(field, copy, "must not be empty");
        }
        return copy;
    }

}
