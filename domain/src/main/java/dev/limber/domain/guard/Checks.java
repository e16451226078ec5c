package dev.limber.domain.guard;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * The guards every record of the model uses in its compact constructor, so that each refusal
 * reads the same way: field, problem, value. Inside the domain only: {@code module-info} does not
 * export this package, and an ArchUnit rule keeps adapters off it; a rule an adapter must check
 * on its own is offered by the type it belongs to ({@code Program.checkTag}).
 */
public final class Checks {
    private static final int MAX_SLUG = Limits.SLUG;

    private Checks() {}

    /**
     * A field's name in refusals: the model's field (with a list item's index), or plain text for
     * what lies outside the model's records.
     */
    private record Name(String prefix, ModelField field, Integer index) {
        static Name of(String text) {
            return new Name(text, null, null);
        }

        /** One name per model field, made once: a large read checks several fields per record. */
        private static final Name[] OF_FIELD = java.util.Arrays.stream(ModelField.values())
                .map(field -> new Name(field.modelName(), field, null))
                .toArray(Name[]::new);

        static Name of(ModelField field) {
            return OF_FIELD[field.ordinal()];
        }

        // Items are named for every list item checked, but worded only when one is refused: a
        // document of 100,000 exercises would otherwise make a "cues[0]" per cue.
        Name item(int i) {
            return new Name(index == null ? prefix : text(), field, i);
        }

        /** {@code cues}, or {@code cues[1]} for an item. */
        String text() {
            return index == null ? prefix : prefix + "[" + index + "]";
        }

        InvalidValueException refuse(Object value, String problem) {
            if (field == null) {
                return new InvalidValueException(text(), value, problem);
            }
            return index == null
                    ? new InvalidValueException(field, value, problem)
                    : new InvalidValueException(field, index, value, problem);
        }
    }

    /** A lowercase slug such as {@code leg-swings}: the shape of every id and tag. */
    public static String slug(String field, String value) {
        return slug(Name.of(field), value);
    }

    public static String slug(ModelField field, String value) {
        return slug(Name.of(field), value);
    }

    /** One item of a list of slugs, such as a program's tags. */
    public static String slug(ModelField field, int index, String value) {
        return slug(Name.of(field).item(index), value);
    }

    private static String slug(Name field, String value) {
        if (value == null || value.length() > MAX_SLUG || !isSlug(value)) {
            throw field.refuse(
                    value,
                    "must be a lowercase slug like leg-swings" + " (a-z, 0-9, single hyphens, at most " + MAX_SLUG
                            + " characters)");
        }
        return value;
    }

    /**
     * Whether {@code value} is {@code [a-z0-9]+(-[a-z0-9]+)*}: checked by hand, a matcher per id
     * showed in the allocation of 100,000-exercise reads.
     */
    private static boolean isSlug(String value) {
        int length = value.length();
        if (length == 0 || value.charAt(0) == '-' || value.charAt(length - 1) == '-') {
            return false;
        }
        char before = 'a';
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && (c != '-' || before == '-')) {
                return false;
            }
            before = c;
        }
        return true;
    }

    public static <T> T required(String field, T value) {
        return required(Name.of(field), value);
    }

    public static <T> T required(ModelField field, T value) {
        return required(Name.of(field), value);
    }

    private static <T> T required(Name field, T value) {
        if (value == null) {
            throw field.refuse(null, "is required");
        }
        return value;
    }

    public static String notBlank(String field, String value) {
        return notBlank(Name.of(field), value);
    }

    public static String notBlank(ModelField field, String value) {
        return notBlank(Name.of(field), value);
    }

    private static String notBlank(Name field, String value) {
        if (value == null || value.isBlank()) {
            throw field.refuse(value, "must not be blank");
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
        return positive(Name.of(field), value);
    }

    public static Duration positive(ModelField field, Duration value) {
        return positive(Name.of(field), value);
    }

    private static Duration positive(Name field, Duration value) {
        required(field, value);
        if (value.isZero() || value.isNegative()) {
            throw field.refuse(value, "must be a positive duration");
        }
        return value;
    }

    public static Duration notNegative(String field, Duration value) {
        return notNegative(Name.of(field), value);
    }

    public static Duration notNegative(ModelField field, Duration value) {
        return notNegative(Name.of(field), value);
    }

    private static Duration notNegative(Name field, Duration value) {
        required(field, value);
        if (value.isNegative()) {
            throw field.refuse(value, "must not be negative");
        }
        return value;
    }

    /** An immutable copy that refuses null elements, naming the index of the first one. */
    public static <T> List<T> list(String field, Collection<T> values) {
        return list(Name.of(field), values);
    }

    public static <T> List<T> list(ModelField field, Collection<T> values) {
        return list(Name.of(field), values);
    }

    private static <T> List<T> list(Name field, Collection<T> values) {
        required(field, values);
        if (values instanceof List<T> list && values instanceof RandomAccess) {
            // By index: an iterator per list showed in the allocation of 100,000-exercise reads.
            for (int index = 0; index < list.size(); index++) {
                if (list.get(index) == null) {
                    throw field.item(index).refuse(null, "is required");
                }
            }
            return List.copyOf(values);
        }
        int index = 0;
        for (T value : values) {
            if (value == null) {
                throw field.item(index).refuse(null, "is required");
            }
            index++;
        }
        return List.copyOf(values);
    }

    /** Like {@link #list} and also refuses blank strings. */
    public static List<String> texts(String field, Collection<String> values) {
        return texts(Name.of(field), values);
    }

    public static List<String> texts(ModelField field, Collection<String> values) {
        return texts(Name.of(field), values);
    }

    private static List<String> texts(Name field, Collection<String> values) {
        List<String> copy = list(field, values);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).isBlank()) {
                notBlank(field.item(i), copy.get(i));
            }
        }
        return stripped(copy);
    }

    public static <T> List<T> nonEmpty(String field, Collection<T> values) {
        return nonEmpty(Name.of(field), values);
    }

    public static <T> List<T> nonEmpty(ModelField field, Collection<T> values) {
        return nonEmpty(Name.of(field), values);
    }

    private static <T> List<T> nonEmpty(Name field, Collection<T> values) {
        List<T> copy = list(field, values);
        if (copy.isEmpty()) {
            throw field.refuse(copy, "must not be empty");
        }
        return copy;
    }

    /**
     * Text on one line (a name): required, not blank, stripped, at most {@code max} characters,
     * no control characters (line breaks included) and no unpaired surrogates.
     */
    public static String line(ModelField field, String value, int max) {
        return checked(Name.of(field), notBlank(Name.of(field), value), max, false);
    }

    /** {@link #line(ModelField, String, int)} of a field outside the model's records (a parameter). */
    public static String line(String field, String value, int max) {
        return checked(Name.of(field), notBlank(Name.of(field), value), max, false);
    }

    /** Optional text on one line: {@code null} when absent or blank, else as {@link #line}. */
    public static String lineOrNull(ModelField field, String value, int max) {
        return value == null || value.isBlank() ? null : line(field, value, max);
    }

    /**
     * Optional text that may span lines (a note, a caution): {@code null} when absent or blank,
     * else stripped, at most {@code max} characters, no control characters but tab and line
     * breaks.
     */
    public static String paragraphOrNull(ModelField field, String value, int max) {
        return value == null || value.isBlank() ? null : checked(Name.of(field), value.strip(), max, true);
    }

    /** Refuses a list of more than {@code max} items, saying how many it has. */
    public static <T> List<T> atMost(ModelField field, List<T> values, int max) {
        if (values.size() > max) {
            throw Name.of(field).refuse(values.size(), "must have at most " + max + " items");
        }
        return values;
    }

    /**
     * Like {@link #texts(ModelField, Collection)}, with at most {@code maxItems} items of at most
     * {@code maxLength} characters each, which may span lines.
     */
    public static List<String> texts(ModelField field, Collection<String> values, int maxItems, int maxLength) {
        Name name = Name.of(field);
        List<String> copy = atMost(field, list(name, values), maxItems);
        checkedItems(name, copy, maxLength, true);
        return stripped(copy);
    }

    /** Refuses a duration longer than {@code max}. */
    public static Duration atMost(ModelField field, Duration value, Duration max) {
        return atMost(Name.of(field), value, max);
    }

    public static Duration atMost(String field, Duration value, Duration max) {
        return atMost(Name.of(field), value, max);
    }

    private static Duration atMost(Name field, Duration value, Duration max) {
        if (value != null && value.compareTo(max) > 0) {
            throw field.refuse(value, "must be at most " + Limits.words(max));
        }
        return value;
    }

    /** Refuses a duration with fractions of a second: the store keeps whole seconds. */
    public static Duration wholeSeconds(ModelField field, Duration value) {
        if (value != null && value.getNano() != 0) {
            throw Name.of(field).refuse(value, "must be whole seconds");
        }
        return value;
    }

    /**
     * A list of at most {@code maxItems} one-line texts (aliases) of at most {@code maxLength}
     * characters each, stripped.
     */
    public static List<String> lines(ModelField field, Collection<String> values, int maxItems, int maxLength) {
        Name name = Name.of(field);
        List<String> copy = atMost(field, list(name, values), maxItems);
        checkedItems(name, copy, maxLength, false);
        return stripped(copy);
    }

    /**
     * Each item not blank and {@link #checked}; an item's name ({@code cues[1]}) is made only for
     * a refusal, which is worded as before.
     */
    private static void checkedItems(Name name, List<String> items, int max, boolean lines) {
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (item.isBlank() || fault(item.strip(), max, lines) != CLEAN) {
                Name itemName = name.item(i);
                checked(itemName, notBlank(itemName, item), max, lines);
            }
        }
    }

    private static final int CLEAN = -1;
    private static final int TOO_LONG = -2;

    /**
     * What {@link #checked} refuses in {@code text}: {@link #CLEAN}, {@link #TOO_LONG}, or the
     * index of the first character it refuses (a control character, an unpaired surrogate).
     */
    private static int fault(String text, int max, boolean lines) {
        if (text.length() > max) {
            return TOO_LONG;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(lines && lineBreakOrTab)) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return CLEAN;
    }

    private static String checked(Name field, String text, int max, boolean lines) {
        int at = fault(text, max, lines);
        if (at == CLEAN) {
            return text;
        }
        if (at == TOO_LONG) {
            throw field.refuse(text, "must be at most " + max + " characters");
        }
        char c = text.charAt(at);
        if (Character.isISOControl(c)) {
            throw field.refuse(
                    text,
                    "must not contain control characters"
                            + (lines ? " other than tabs and line breaks" : ", line breaks included")
                            + String.format(" (found U+%04X at character %d)", (int) c, at + 1));
        }
        throw field.refuse(
                text,
                String.format(
                        "must be valid Unicode (found an unpaired surrogate U+%04X at character %d)", (int) c, at + 1));
    }

    /** Each text stripped; the list itself when none changes (strip returns the same string then). */
    private static List<String> stripped(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).strip() != texts.get(i)) {
                List<String> copy = new ArrayList<>(texts.size());
                for (String text : texts) {
                    copy.add(text.strip());
                }
                return Collections.unmodifiableList(copy);
            }
        }
        return texts;
    }
}
