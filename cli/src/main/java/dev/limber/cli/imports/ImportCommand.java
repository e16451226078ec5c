package dev.limber.cli.imports;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.exit.InputException;
import dev.limber.document.DocumentException;
import dev.limber.document.DocumentReader;
import dev.limber.document.ParsedDocument;
import dev.limber.document.Problem;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.usecase.ConflictPolicy;
import dev.limber.domain.usecase.ImportCatalog;
import dev.limber.domain.usecase.ImportRejectedException;
import dev.limber.domain.usecase.ImportReport;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import exercises and programs from Limber documents (JSON or YAML) into the database,"
                + " all or nothing.")
public final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Document files, or folders of them")
    List<Path> paths;

    @Option(names = "--on-conflict", paramLabel = "POLICY", defaultValue = "fail",
            description = "When a stored id has other content: fail (default), skip or replace")
    String onConflict;

    @Option(names = "--dry-run", description = "Check everything, write nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        ConflictPolicy policy = policy();
        ParsedDocument parsed;
        try {
            parsed = new DocumentReader().parseAll(paths);
        } catch (DocumentException invalid) {
            throw new InputException(invalid.problems().stream().map(Problem::toString).toList());
        }
        try (ApplicationContext context = database.start()) {
            ImportCatalog importCatalog = new ImportCatalog(context.getBean(Exercises.class),
                    context.getBean(Programs.class), context.getBean(Transactions.class));
            ImportReport report = importCatalog.run(parsed.catalog(), policy, dryRun);
            print(report);
            return ExitCodes.OK;
        } catch (ImportRejectedException rejected) {
            throw new InputException(parsed.locator().at(rejected).stream().map(Problem::toString).toList());
        } catch (ConflictException conflict) {
            throw new InputException(List.of("limber: " + conflict.getMessage()
                    + " (--on-conflict skip keeps the stored one, replace overwrites it)"));
        }
    }

    private ConflictPolicy policy() {
        try {
            return ConflictPolicy.parse(onConflict);
        } catch (RuntimeException invalid) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--on-conflict: " + invalid.getMessage());
        }
    }

    private void print(ImportReport report) {
        PrintWriter out = spec.commandLine().getOut();
        out.println((report.dryRun() ? "Dry run, nothing written. Would import" : "Imported") + ":");
        out.println("  exercises: " + counts(report.exercises()));
        out.println("  programs:  " + counts(report.programs()));
        out.flush();
    }

    private static String counts(ImportReport.Counts counts) {
        return counts.created() + " created, " + counts.replaced() + " replaced, " + counts.skipped()
                + " skipped, " + counts.unchanged() + " unchanged";
    }
}
