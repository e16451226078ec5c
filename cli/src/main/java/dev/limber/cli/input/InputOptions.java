package dev.limber.cli.input;

import dev.limber.formats.document.DocumentFormat;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How documents are spelled when their file names do not say it: {@code --input-format json|yaml}. */
public final class InputOptions {
    @Option(names = "--input-format", paramLabel = "json|yaml", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "Read every file as JSON or YAML, whatever its extension"
                    + " (default: by extension: .json, .yaml, .yml)")
    DocumentFormat inputFormat;

    /** The format every file is read as, or {@code null} to go by each file's extension. */
    public DocumentFormat inputFormat() {
        return inputFormat;
    }

    /** Reads {@code json} or {@code yaml}. */
    public static final class FormatConverter implements CommandLine.ITypeConverter<DocumentFormat> {
        @Override
        public DocumentFormat convert(String value) {
            try {
                return DocumentFormat.parse(value);
            } catch (IllegalArgumentException unknown) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of json, yaml");
            }
        }
    }

    /** The names, for completion. */
    public static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("json", "yaml").iterator();
        }
    }
}
