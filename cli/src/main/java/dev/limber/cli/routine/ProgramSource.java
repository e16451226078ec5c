package dev.limber.cli.routine;

import dev.limber.cli.exit.InputException;
import dev.limber.cli.input.DocumentInput;
import dev.limber.cli.option.SourceFormat;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.program.Program;
import dev.limber.domain.usecase.FindProgram;
import dev.limber.formats.document.DocumentException;
import dev.limber.formats.document.DocumentFormat;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The program a printing command ({@code card}, {@code timeline}) names: a stored program's id,
 * or a document file holding one program, read as {@code import} reads it but not imported.
 * A program id is a slug, so an argument with a dot or a slash, or naming an existing file, is
 * a file.
 *
 * @param program  the program
 * @param document the document it came from (its exercises come first), or {@code null} when stored
 */
record ProgramSource(Program program, Catalog document) {

    /**
     * @param findProgram asked only for a stored program's id, so a document is printed without
     *                    opening the database
     */
    static ProgramSource of(String argument, Supplier<FindProgram> findProgram, DocumentFormat inputFormat) {
        if (!isFile(argument)) {
            return new ProgramSource(StoredProgram.find(findProgram.get(), argument), null);
        }
        Catalog catalog;
        try {
            catalog = new DocumentInput()
                    .read(List.of(Path.of(argument)), SourceFormat.LIMBER, inputFormat)
                    .catalog();
        } catch (DocumentException invalid) {
            throw new InputException(
                    DocumentInput.lines(invalid), "limber: the document is invalid, so nothing was printed.");
        }
        if (catalog.programs().size() != 1) {
            throw new InputException(
                    List.of("limber: " + argument + " holds "
                            + (catalog.programs().isEmpty()
                                    ? "no program"
                                    : catalog.programs().size() + " programs ("
                                            + catalog.programs().stream()
                                                    .map(p -> p.id().value())
                                                    .collect(Collectors.joining(", "))
                                            + ")")
                            + "; a card or timeline is printed from a document with one program"),
                    "limber: nothing was printed.");
        }
        return new ProgramSource(catalog.programs().get(0), catalog);
    }

    private static boolean isFile(String argument) {
        if (argument.contains(".") || argument.contains("/") || argument.contains("\\")) {
            return true;
        }
        try {
            return Files.exists(Path.of(argument));
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }
}
