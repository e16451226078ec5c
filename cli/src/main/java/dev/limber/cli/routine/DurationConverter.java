package dev.limber.cli.routine;

import dev.limber.formats.duration.DurationText;
import dev.limber.formats.duration.NotADurationException;
import java.time.Duration;
import picocli.CommandLine;

/** Reads a duration option with the grammar documents use ({@code 45m}, {@code 1m30s}, {@code PT45M}). */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return DurationText.parse(value);
        } catch (NotADurationException refused) {
            // picocli leads with "Invalid value for option '--every': ".
            throw new CommandLine.TypeConversionException(refused.valueFirst());
        }
    }
}
