package dev.limber.cli.export;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.exit.InputException;
import dev.limber.cli.input.InputOptions;
import dev.limber.cli.output.Output;
import dev.limber.formats.document.DocumentFormat;
import dev.limber.formats.document.DocumentWriter;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.PageRequest;
import dev.limber.domain.query.ProgramQuery;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code limber export}: the stored data as one Limber document that {@code limber import} reads
 * back to exactly the same data. Exercises and programs are sorted by id, so two exports of the
 * same data are the same text.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored exercises and programs as a Limber document that imports back to the same data.")
public final class ExportCommand implements Callable<Integer> {
    private static final int PAGE = PageRequest.MAX_SIZE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--output-format", paramLabel = "json|yaml", converter = InputOptions.FormatConverter.class,
            completionCandidates = InputOptions.FormatNames.class,
            description = "json or yaml (default: by the -o file's extension, else yaml)")
    DocumentFormat outputFormat;

    @Option(names = "--exercises", description = "Export every stored exercise (with --programs: and those programs)")
    boolean exercises;

    @Option(names = "--programs", paramLabel = "ID", arity = "1..*",
            description = "Export these programs, with the exercises they use")
    List<String> programIds;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: all or nothing) instead of stdout")
    Path file;

    @Override
    public Integer call() {
        DocumentFormat format = format();
        List<ProgramId> wanted = programIds();
        Catalog catalog;
        try (ApplicationContext context = database.start()) {
            Exercises exerciseStore = context.getBean(Exercises.class);
            Programs programStore = context.getBean(Programs.class);
            catalog = context.getBean(Transactions.class).inTransaction(
                    () -> collect(exerciseStore, programStore, wanted));
        }
        Output.write(spec.commandLine(), file, "-o", new DocumentWriter().write(catalog, format));
        return ExitCodes.OK;
    }

    private Catalog collect(Exercises exerciseStore, Programs programStore, List<ProgramId> wanted) {
        boolean everything = !exercises && wanted == null;
        List<Program> programs = new ArrayList<>();
        if (wanted == null) {
            if (everything) {
                programs.addAll(all(page -> programStore.search(new ProgramQuery(null, page))));
            }
        } else {
            List<String> missing = new ArrayList<>();
            for (ProgramId id : wanted) {
                Optional<Stored<Program>> found = programStore.find(id);
                if (found.isPresent()) {
                    programs.add(found.get().value());
                } else {
                    missing.add("limber: --programs: no program with id " + id);
                }
            }
            if (!missing.isEmpty()) {
                throw new InputException(missing, "limber: nothing was exported.");
            }
        }
        List<Exercise> exerciseList = new ArrayList<>();
        if (everything || exercises) {
            exerciseList.addAll(all(page -> exerciseStore.search(ExerciseQuery.all(page))));
        } else {
            Set<ExerciseId> used = new LinkedHashSet<>();
            programs.forEach(program -> used.addAll(program.exerciseIds()));
            exerciseList.addAll(exerciseStore.findAll(used).values()); // one read, not one per exercise
        }
        exerciseList.sort(Comparator.comparing(e -> e.id().value()));
        programs.sort(Comparator.comparing(p -> p.id().value()));
        return new Catalog(exerciseList, programs);
    }

    /** Every item of a paged search. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> search) {
        List<T> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> result = search.apply(new PageRequest(page, PAGE));
            items.addAll(result.items());
            if (result.items().size() < PAGE || items.size() >= result.total()) {
                return items;
            }
        }
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
