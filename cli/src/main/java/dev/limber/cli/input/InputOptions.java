package dev.limber.cli.input;

import dev.limber.cli.option.ClosedSets;
import dev.limber.formats.document.DocumentFormat;
import picocli.CommandLine.Option;

/** How documents are spelled when their file names do not say it: {@code --input-format json|yaml}. */
public final class InputOptions {
    @Option(
            names = "--input-format",
            paramLabel = "json|yaml",
            converter = ClosedSets.DocumentFormats.class,
            completionCandidates = ClosedSets.DocumentFormats.class,
            description = "Read every file as JSON or YAML, whatever its extension"
                    + " (default: by extension: .json, .yaml, .yml)")
    DocumentFormat inputFormat;

    /** The format every file is read as, or {@code null} to go by each file's extension. */
    public DocumentFormat inputFormat() {
        return inputFormat;
    }
}
