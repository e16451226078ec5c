package dev.limber.cli.option;

import dev.limber.domain.Quote;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The one way an option takes a value of a closed set: by its external name (any case, spaces
 * around ignored), refusing anything else with a message that lists the allowed names, which are
 * also the completion candidates. Each closed set is a one-line subclass in {@link ClosedSets},
 * because picocli instantiates converters and candidates from their class.
 *
 * @param <E> the enum of the set
 */
public abstract class ClosedSet<E extends Enum<E>> implements CommandLine.ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;
    private final Function<E, String> externalName;

    protected ClosedSet(Class<E> type, Function<E, String> externalName) {
        this.type = type;
        this.externalName = externalName;
    }

    @Override
    public E convert(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (externalName.apply(constant).equals(wanted)) {
                return constant;
            }
        }
        throw new CommandLine.TypeConversionException(Quote.single(value) + " is not one of " + allowed());
    }

    /** The external names, for completion and help. */
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(type.getEnumConstants()).map(externalName).iterator();
    }

    /** The external names, comma-separated. */
    public String allowed() {
        return Arrays.stream(type.getEnumConstants()).map(externalName).collect(Collectors.joining(", "));
    }
}
