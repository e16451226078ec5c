package dev.limber.formats.duration;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration grammar of Limber, read and written: document fields, the CLI's duration
 * options and the service's query parameters all go through it.
 *
 * <pre>
 * duration = compact | iso
 * compact  = [HOURS "h"] [MINUTES "m"] [SECONDS "s"]   ; at least one part, in this order
 * iso      = an ISO-8601 duration as java.time.Duration.parse reads it, e.g. PT30S
 * </pre>
 *
 * Each number is whole and has at most {@value #MAX_DIGITS} digits; letters may be upper or
 * lower case ({@code 45m}, {@code 45M}, {@code pt45m}); surrounding blanks are ignored. Zero
 * ({@code 0s}) is a duration, a negative one is not. Whether a duration fits where it is used
 * (a desk-break interval, a set's work) is the domain's rule, not the grammar's.
 */
public final class DurationText {
    /** Digits allowed per number: enough for any real duration, far below overflow. */
    public static final int MAX_DIGITS = 7;

    private static final String NUMBER = "(\\d{1," + MAX_DIGITS + "})";
    private static final Pattern COMPACT =
            Pattern.compile("(?:" + NUMBER + "h)?(?:" + NUMBER + "m)?(?:" + NUMBER + "s)?", Pattern.CASE_INSENSITIVE);

    private DurationText() {}

    /** The duration {@code text} says, or a {@link NotADurationException} that words what is wrong. */
    public static Duration parse(String text) {
        String value = text.strip();
        Matcher compact = COMPACT.matcher(value);
        if (!value.isEmpty() && compact.matches()) {
            return Duration.ofHours(number(compact.group(1)))
                    .plusMinutes(number(compact.group(2)))
                    .plusSeconds(number(compact.group(3)));
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.startsWith("-")) {
            throw NotADurationException.negative(text);
        }
        if (upper.startsWith("P")) {
            Duration iso;
            try {
                iso = Duration.parse(upper);
            } catch (DateTimeParseException notIso) {
                throw NotADurationException.malformed(text);
            }
            if (iso.isNegative()) {
                throw NotADurationException.negative(text);
            }
            // Signed parts (PT1M-30S) parse, but no one means them; the schema refuses them too.
            if (upper.indexOf('-') >= 0 || upper.indexOf('+') >= 0) {
                throw NotADurationException.malformed(text);
            }
            return iso;
        }
        throw NotADurationException.malformed(text);
    }

    /**
     * The compact form ({@code 30s}, {@code 1m}, {@code 1m30s}, {@code 1h5m}, {@code 0s});
     * a duration with fractions of a second, or a negative one, in ISO-8601 so that
     * {@link #parse} reads back exactly what was written.
     */
    public static String write(Duration duration) {
        if (duration.getNano() != 0 || duration.isNegative()) {
            return duration.toString();
        }
        long total = duration.getSeconds();
        StringBuilder text = new StringBuilder();
        if (total >= 3600) {
            text.append(total / 3600).append('h');
        }
        if (total % 3600 >= 60) {
            text.append((total % 3600) / 60).append('m');
        }
        if (total % 60 > 0 || total == 0) {
            text.append(total % 60).append('s');
        }
        return text.toString();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
