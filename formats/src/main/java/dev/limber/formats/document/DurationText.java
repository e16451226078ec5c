package dev.limber.formats.document;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duration grammar of documents: {@code 30s}, {@code 1m}, {@code 1m30s}, {@code 2h},
 * {@code 1h5m} (hours, minutes, seconds, each optional but in that order, whole numbers), or an
 * ISO-8601 duration such as {@code PT30S}. Written back with {@code Durations.compact}.
 */
final class DurationText {
    static final String GRAMMAR = "write it like 30s, 1m, 1m30s, 2h or ISO-8601 PT30S";
    private static final Pattern COMPACT = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,7})s)?");

    private DurationText() {
    }

    /** The duration, or an {@link IllegalArgumentException} whose message says what is wrong. */
    static Duration parse(String text) {
        String value = text.strip();
        Matcher compact = COMPACT.matcher(value);
        if (!value.isEmpty() && compact.matches()) {
            return Duration.ofHours(number(compact.group(1)))
                    .plusMinutes(number(compact.group(2)))
                    .plusSeconds(number(compact.group(3)));
        }
        if (value.startsWith("P") || value.startsWith("p") || value.startsWith("-P") || value.startsWith("-p")) {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("is not a duration: '" + text + "'; " + GRAMMAR);
            }
        }
        if (value.startsWith("-")) {
            throw new IllegalArgumentException("is negative: '" + text + "'; durations are positive, " + GRAMMAR);
        }
        throw new IllegalArgumentException("is not a duration: '" + text + "'; " + GRAMMAR);
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
