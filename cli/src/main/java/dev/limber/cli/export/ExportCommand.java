package dev.limber.cli.export;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.exit.InputException;
import dev.limber.cli.option.ClosedSets;
import dev.limber.cli.output.Output;
import dev.limber.cli.wiring.OpenStore;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.usecase.ExportCatalog;
import dev.limber.formats.document.DocumentFormat;
import dev.limber.formats.document.DocumentWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limber export}: the stored data as one Limber document that {@code limber import} reads
 * back to exactly the same data. Exercises and programs are sorted by id, so two exports of the
 * same data are the same text.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export stored exercises and programs as a Limber document that imports back to the same data.")
public final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--output-format",
            paramLabel = "json|yaml",
            converter = ClosedSets.DocumentFormats.class,
            completionCandidates = ClosedSets.DocumentFormats.class,
            description = "json or yaml (default: by the -o file's extension, else yaml)")
    DocumentFormat outputFormat;

    @Option(names = "--exercises", description = "Export every stored exercise (with --programs: and those programs)")
    boolean exercises;

    @Option(
            names = "--programs",
            paramLabel = "ID",
            arity = "1..*",
            description = "Export these programs, with the exercises they use")
    List<String> programIds;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (atomically: all or nothing) instead of stdout")
    Path file;

    @Override
    public Integer call() {
        DocumentFormat format = format();
        ExportCatalog.Command command = command(programIds());
        Catalog catalog;
        try (OpenStore store = DatabaseOptions.of(spec).open()) {
            catalog = store.useCases().exportCatalog().export(command);
        } catch (ExportCatalog.MissingProgramsException missing) {
            throw new InputException(
                    missing.missing().stream()
                            .map(id -> "limber: --programs: no program with id " + id)
                            .toList(),
                    "limber: nothing was exported.");
        }
        Output.write(spec.commandLine(), file, "-o", new DocumentWriter().write(catalog, format));
        return ExitCodes.OK;
    }

    /** Neither option: everything; --exercises: every exercise; --programs: those, with what they use. */
    private ExportCatalog.Command command(List<ProgramId> wanted) {
        if (wanted == null) {
            return exercises ? ExportCatalog.Command.exercisesOnly() : ExportCatalog.Command.everything();
        }
        return ExportCatalog.Command.programs(
                wanted, exercises ? ExportCatalog.ExerciseScope.ALL : ExportCatalog.ExerciseScope.USED);
    }

    private List<ProgramId> programIds() {
        if (programIds == null) {
            return null;
        }
        List<ProgramId> ids = new ArrayList<>();
        for (String id : programIds) {
            try {
                ids.add(ProgramId.of(id));
            } catch (RuntimeException invalid) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--programs: " + invalid.getMessage());
            }
        }
        return ids;
    }

    private DocumentFormat format() {
        if (outputFormat != null) {
            return outputFormat;
        }
        if (file != null) {
            try {
                return DocumentFormat.fromFileName(file.getFileName().toString());
            } catch (IllegalArgumentException unknown) {
                return DocumentFormat.YAML;
            }
        }
        return DocumentFormat.YAML;
    }
}
