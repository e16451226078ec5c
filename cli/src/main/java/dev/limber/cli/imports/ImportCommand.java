package dev.limber.cli.imports;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.exit.InputException;
import dev.limber.cli.exit.StoreRefusalException;
import dev.limber.cli.input.DocumentInput;
import dev.limber.cli.input.InputOptions;
import dev.limber.cli.input.ReadDocuments;
import dev.limber.cli.option.ClosedSets;
import dev.limber.cli.option.SourceFormat;
import dev.limber.cli.wiring.OpenStore;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.usecase.BreaksStoredProgramsException;
import dev.limber.domain.usecase.ClashingIdsException;
import dev.limber.domain.usecase.ConflictPolicy;
import dev.limber.domain.usecase.ImportCatalog;
import dev.limber.domain.usecase.ImportReport;
import dev.limber.domain.usecase.MisfitStepsException;
import dev.limber.domain.usecase.UnknownVariationOfException;
import dev.limber.formats.document.DocumentException;
import dev.limber.formats.document.DocumentFormat;
import dev.limber.formats.document.Problem;
import dev.limber.formats.document.StoredConflicts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limber import PATH...}: reads every document first and reports every problem with its
 * place; only a clean set is written, in one transaction.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import exercises and programs from Limber documents (JSON or YAML), or the"
                + " public datasets (free-exercise-db, wger), into the database, all or nothing.")
public final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Document files, or folders of them")
    List<Path> paths;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "limber",
            converter = ClosedSets.SourceFormats.class,
            completionCandidates = ClosedSets.SourceFormats.class,
            description = "limber (default): Limber documents; free-exercise-db: the dataset's exercises.json;"
                    + " wger: pages saved from a wger instance's /api/v2/exerciseinfo/")
    SourceFormat format;

    @Option(
            names = "--on-conflict",
            paramLabel = "POLICY",
            defaultValue = "fail",
            converter = ClosedSets.ConflictPolicies.class,
            completionCandidates = ClosedSets.ConflictPolicies.class,
            description = "When a stored id has other content: fail (default), skip or replace")
    ConflictPolicy onConflict;

    @Option(names = "--dry-run", description = "Check everything, write nothing")
    boolean dryRun;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal")
    boolean noProgress;

    @Override
    public Integer call() {
        ConflictPolicy policy = onConflict;
        DocumentFormat inputFormat = input.inputFormat();
        if (format != SourceFormat.LIMBER && inputFormat == DocumentFormat.YAML) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--input-format yaml does not apply to --format " + format.externalName()
                            + ": the dataset is JSON");
        }
        ImportReport report;
        ReadDocuments read;
        try (ImportProgress progress =
                ImportProgress.on(spec.commandLine().getErr(), ImportProgress.allowed(noProgress))) {
            try {
                read = new DocumentInput().read(paths, format, inputFormat, progress);
            } catch (DocumentException invalid) {
                throw new InputException(DocumentInput.lines(invalid));
            }
            report = write(read, policy, progress);
        }
        print(report, read);
        return ExitCodes.OK;
    }

    /**
     * One transaction for the whole run (the use case's); the progress moves as the use case
     * reports each batch of exercises and each program, then while it commits.
     */
    private ImportReport write(ReadDocuments read, ConflictPolicy policy, ImportProgress progress) {
        Catalog catalog = read.catalog();
        progress.opening();
        try (OpenStore store = DatabaseOptions.of(spec).open()) {
            ImportCatalog importCatalog = store.useCases().importCatalog();
            if (dryRun) {
                return importCatalog.run(new ImportCatalog.Command(catalog, policy, ImportCatalog.Mode.DRY_RUN));
            }
            progress.writing(catalog.exercises().size() + catalog.programs().size());
            return importCatalog.run(new ImportCatalog.Command(catalog, policy, ImportCatalog.Mode.WRITE), progress);
        } catch (MisfitStepsException rejected) {
            throw new InputException(
                    read.at(rejected).stream().map(Problem::toString).toList());
        } catch (UnknownVariationOfException dangling) {
            throw new InputException(
                    read.at(dangling).stream().map(Problem::toString).toList());
        } catch (ClashingIdsException clashing) {
            List<ClashingIdsException.Clash> clashes = clashing.clashes();
            List<String> lines = new ArrayList<>();
            clashes.stream()
                    .limit(StoredConflicts.LISTED)
                    .forEach(clash -> lines.add(read.at(StoredConflicts.pointer(clash), clash.describe())
                            .toString()));
            lines.addAll(StoredConflicts.rest(clashes.size()));
            throw new InputException(
                    lines,
                    "limber: "
                            + StoredConflicts.clashSummary(
                                    clashes,
                                    "Choose --on-conflict skip to keep the stored ones, or replace to overwrite them."));
        } catch (BreaksStoredProgramsException breaking) {
            throw new StoreRefusalException(
                    breaking.breaks().stream()
                            .map(broken -> read.at(StoredConflicts.pointer(broken), StoredConflicts.describe(broken))
                                    .toString())
                            .toList(),
                    StoredConflicts.breakSummary(breaking));
        }
    }

    private void print(ImportReport report, ReadDocuments read) {
        Map<String, String> renamed = read.renamed();
        PrintWriter out = spec.commandLine().getOut();
        out.println((report.dryRun() ? "Dry run, nothing written. Would import" : "Imported") + ":");
        out.println("  exercises: " + counts(report.exercises()));
        out.println("  programs:  " + counts(report.programs()));
        if (!report.replacedBuiltIns().isEmpty()) {
            out.println((report.dryRun() ? "Would replace" : "Replaced") + " built-in exercises (Limber's own): "
                    + String.join(
                            ", ",
                            report.replacedBuiltIns().stream()
                                    .map(ExerciseId::value)
                                    .toList()));
        }
        if (!renamed.isEmpty()) {
            out.println("Renamed, because their slug was taken (by another dataset id or a built-in exercise):");
            new java.util.TreeMap<>(renamed).forEach((original, slug) -> out.println("  " + original + " -> " + slug));
        }
        if (!read.skipped().isEmpty()) {
            out.println("Not imported (" + read.skipped().size() + "):");
            read.skipped().forEach((original, why) -> out.println("  " + original + ": " + why));
        }
        out.flush();
    }

    private static String counts(ImportReport.Counts counts) {
        return counts.created() + " created, " + counts.replaced() + " replaced, " + counts.skipped() + " skipped, "
                + counts.unchanged() + " unchanged";
    }
}
