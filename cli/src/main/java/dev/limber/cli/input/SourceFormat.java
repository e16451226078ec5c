package dev.limber.cli.input;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** What the files of an import are: Limber documents, or the free-exercise-db dataset. */
public enum SourceFormat {
    LIMBER("limber"),
    FREE_EXERCISE_DB("free-exercise-db");

    private final String externalName;

    SourceFormat(String externalName) {
        this.externalName = externalName;
    }

    public String externalName() {
        return externalName;
    }

    /** Reads {@code --format}; a name it does not know is a bad command line that lists the allowed ones. */
    public static final class Converter implements CommandLine.ITypeConverter<SourceFormat> {
        @Override
        public SourceFormat convert(String value) {
            String lower = value.strip().toLowerCase(Locale.ROOT);
            for (SourceFormat format : values()) {
                if (format.externalName.equals(lower)) {
                    return format;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + names());
        }
    }

    /** The names, for help and completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(SourceFormat::externalName).iterator();
        }
    }

    static String names() {
        return Arrays.stream(values()).map(SourceFormat::externalName).collect(Collectors.joining(", "));
    }
}
