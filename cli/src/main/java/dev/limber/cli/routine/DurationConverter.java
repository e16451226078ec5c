package dev.limber.cli.routine;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a duration option as documents write them: {@code 45m}, {@code 1h}, {@code 1m30s} or ISO-8601 {@code PT45M}. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern COMPACT = Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,6})m)?(?:(\\d{1,7})s)?");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Matcher compact = COMPACT.matcher(text);
        if (!text.isEmpty() && compact.matches()) {
            return Duration.ofHours(number(compact.group(1))).plusMinutes(number(compact.group(2)))
                    .plusSeconds(number(compact.group(3)));
        }
        try {
            return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException notIso) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a duration: write it like 30s, 45m, 1h, 1m30s or PT45M");
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
