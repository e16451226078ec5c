package dev.limber.cli.validate;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.exit.InputException;
import dev.limber.cli.input.DocumentInput;
import dev.limber.cli.input.InputOptions;
import dev.limber.cli.input.ReadDocuments;
import dev.limber.cli.option.ClosedSets;
import dev.limber.cli.option.ReportFormat;
import dev.limber.cli.option.SourceFormat;
import dev.limber.cli.wiring.OpenStore;
import dev.limber.cli.wiring.StoreWhenNeeded;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.rules.Finding;
import dev.limber.domain.rules.FindingText;
import dev.limber.domain.rules.Severity;
import dev.limber.domain.usecase.ExportCatalog;
import dev.limber.domain.usecase.LookupUseCases;
import dev.limber.domain.usecase.UnknownVariationOfException;
import dev.limber.domain.usecase.ValidateProgram;
import dev.limber.formats.document.DocumentException;
import dev.limber.formats.document.LocationPointers;
import dev.limber.formats.document.Problem;
import dev.limber.formats.finding.FindingArguments;
import dev.limber.formats.finding.FindingLanguage;
import dev.limber.formats.finding.NotALanguageException;
import dev.limber.formats.json.JsonText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limber validate PATH...}: the documents are read as an import would read them, then
 * every program is checked against the training guidelines; {@code --program ID} and
 * {@code --all-programs} check programs already stored, with the store's exercises. A document's
 * exercises resolve against the documents first, then the built-in catalog, and only then the
 * database, which is not opened while they hold every exercise named. Each finding is placed in
 * its file: {@code FILE:LINE:COLUMN: severity rule-id message}.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check documents' programs, or stored ones (--program, --all-programs), against the training"
                + " guidelines; write nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no errors (and no warnings with --strict)",
            "1:errors, or warnings with --strict",
            "2:bad command line",
            "3:the documents themselves are invalid",
            "4:database unavailable"
        })
public final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Document files, or folders of them")
    List<Path> paths = List.of();

    @Option(
            names = "--program",
            paramLabel = "ID",
            description = "A program stored in the database to check too (repeatable)")
    List<String> programIds = List.of();

    @Option(names = "--all-programs", description = "Check every program stored in the database too")
    boolean allPrograms;

    @Option(
            names = "--output",
            paramLabel = "text|json",
            defaultValue = "text",
            converter = ClosedSets.ReportFormats.class,
            completionCandidates = ClosedSets.ReportFormats.class,
            description = "text (default): one line per finding; json: one object for machines")
    ReportFormat output;

    @Option(
            names = "--locale",
            paramLabel = "LANG",
            description = "Word findings in this language: en or de (also de-DE, de_DE.UTF-8). Default: LC_ALL,"
                    + " LC_MESSAGES or LANG, else en. Rule ids and keys stay English; another language is refused"
                    + " (exit 2)")
    String locale;

    @Option(names = "--strict", description = "Warnings fail too (exit 1)")
    boolean strict;

    @Option(
            names = "--explain",
            description = "Text output: under each finding, why the rule exists and the evidence behind it"
                    + " (JSON always carries it as rationale)")
    boolean explain;

    /**
     * A finding placed in its file, or for a stored program at its program and location.
     *
     * @param stored whether the program was read from the database rather than a document
     */
    private record Placed(Program program, Finding finding, Problem place, boolean stored) {}

    @Override
    public Integer call() {
        Locale language = language();
        boolean json = json();
        boolean fromStore = allPrograms || !programIds.isEmpty();
        if (paths.isEmpty() && !fromStore) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "name documents (PATH...), stored programs (--program ID) or --all-programs");
        }
        if (allPrograms && !programIds.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--all-programs already checks every stored program; leave out --program");
        }
        List<ProgramId> storedIds = storedIds();
        ReadDocuments read;
        try {
            read = paths.isEmpty() ? null : new DocumentInput().read(paths, SourceFormat.LIMBER, input.inputFormat());
        } catch (DocumentException invalid) {
            throw invalid(invalid.problems(), json);
        }
        List<Placed> placed = new ArrayList<>();
        int checked = 0;
        try (StoreWhenNeeded database =
                DatabaseOptions.of(spec).openWhenNeeded(spec.commandLine().getErr())) {
            if (fromStore) {
                // Opened anyway: the documents' exercises that are not built in are looked up in it
                // without a word about opening it.
                database.store();
            }
            if (read != null) {
                // Exercises of the documents themselves first, then the built-in ones, then the
                // database's (opened only for an exercise neither holds).
                LookupUseCases useCases = LookupUseCases.over(database.exercisesFor(read.catalog()));
                try {
                    // What an import would refuse in the documents themselves, refused here too.
                    useCases.checkVariationLinks().check(read.catalog());
                } catch (UnknownVariationOfException dangling) {
                    throw invalid(read.at(dangling), json);
                }
                ValidateProgram validate = useCases.validateProgram();
                List<Program> programs = read.catalog().programs();
                for (int p = 0; p < programs.size(); p++) {
                    Program program = programs.get(p);
                    for (Finding finding : validate.validate(program).findings()) {
                        placed.add(new Placed(
                                program,
                                finding,
                                read.at(LocationPointers.ofFinding(p, program, finding.location()), ""),
                                false));
                    }
                }
                checked += programs.size();
            }
            if (fromStore) {
                OpenStore store = database.store();
                // The programs and the exercises they use, read in one transaction.
                Catalog stored = store.useCases()
                        .exportCatalog()
                        .export(
                                allPrograms
                                        ? new ExportCatalog.Command(ExportCatalog.ExerciseScope.USED, List.of(), true)
                                        : ExportCatalog.Command.programs(storedIds, ExportCatalog.ExerciseScope.USED));
                ValidateProgram validate = store.useCases().validateProgram(ExerciseLookup.of(stored));
                for (Program program : stored.programs()) {
                    for (Finding finding : validate.validate(program).findings()) {
                        placed.add(new Placed(
                                program,
                                finding,
                                Problem.at(
                                        program.id() + " › " + FindingText.describe(finding.location(), language),
                                        "",
                                        finding.message(language)),
                                true));
                    }
                }
                checked += stored.programs().size();
            }
        }
        long errors = count(placed, Severity.ERROR);
        long warnings = count(placed, Severity.WARNING);
        long infos = count(placed, Severity.INFO);
        boolean fails = errors > 0 || (strict && warnings > 0);
        if (json) {
            Map<String, Object> report = JsonText.object();
            report.put("valid", !fails);
            report.put("programs", checked);
            report.put("errors", errors);
            report.put("warnings", warnings);
            report.put("infos", infos);
            report.put("problems", List.of());
            report.put("language", language.toLanguageTag());
            report.put(
                    "findings",
                    placed.stream().map(one -> finding(one, language)).toList());
            print(JsonText.write(report));
        } else {
            StringBuilder text = new StringBuilder();
            for (Placed one : placed) {
                text.append(one.place().place())
                        .append(": ")
                        .append(one.finding().severity().externalName())
                        .append(' ')
                        .append(one.finding().ruleId())
                        .append(' ')
                        .append(one.finding().message(language))
                        .append('\n');
                if (explain && !one.finding().rationale().isEmpty()) {
                    text.append("  why: ")
                            .append(one.finding().rationale(language))
                            .append('\n');
                }
            }
            print(text.toString());
            PrintWriter err = spec.commandLine().getErr();
            err.println(summary(checked, errors, warnings, infos, fails));
            err.flush();
        }
        return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * {@code 1 program checked: 0 errors, 2 warnings, 1 info; passed (warnings fail only with
     * --strict).}: counts in words that agree with their numbers, and "passed" only as far as it goes.
     */
    private String summary(int programs, long errors, long warnings, long infos, boolean fails) {
        String verdict;
        if (fails) {
            verdict = strict && errors == 0 ? "; failed (--strict)" : "";
        } else if (warnings > 0) {
            verdict = "; passed (warnings fail only with --strict)";
        } else {
            verdict = strict ? "; passed (--strict)" : "; passed";
        }
        return programs + (programs == 1 ? " program" : " programs") + " checked: " + errors
                + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                + infos + " info" + verdict + ".";
    }

    /** The ids of {@code --program}, each checked as an id before the database is opened. */
    private List<ProgramId> storedIds() {
        List<ProgramId> ids = new ArrayList<>();
        for (String id : programIds) {
            try {
                ProgramId parsed = ProgramId.of(id);
                if (!ids.contains(parsed)) {
                    ids.add(parsed);
                }
            } catch (InvalidValueException refused) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--program: " + refused.getMessage());
            }
        }
        return ids;
    }

    private static long count(List<Placed> placed, Severity severity) {
        return placed.stream().filter(p -> p.finding().severity() == severity).count();
    }

    /** Documents found invalid (exit 3): every problem placed, and in JSON a report without findings. */
    private InputException invalid(List<Problem> problems, boolean json) {
        if (json) {
            Map<String, Object> report = JsonText.object();
            report.put("valid", false);
            report.put(
                    "problems", problems.stream().map(ValidateCommand::problem).toList());
            report.put("findings", List.of());
            print(JsonText.write(report));
        }
        return new InputException(
                problems.stream().map(Problem::toString).toList(),
                "limber: " + problems.size()
                        + " problem" + (problems.size() == 1 ? "" : "s")
                        + " found; the documents are invalid, so no guideline was checked.");
    }

    private static Map<String, Object> problem(Problem problem) {
        Map<String, Object> json = JsonText.object();
        json.put("file", problem.source());
        json.put("line", problem.line());
        json.put("column", problem.column());
        json.put("pointer", problem.pointer());
        json.put("message", problem.message());
        return json;
    }

    /**
     * The language findings are worded in: {@code --locale}, refused when Limber does not ship it;
     * else the environment's ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}), English when it
     * names none Limber ships.
     */
    private Locale language() {
        if (locale == null) {
            return FindingLanguage.ofEnvironment(System.getenv());
        }
        try {
            return FindingLanguage.ofOption(locale);
        } catch (NotALanguageException refused) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--locale: " + refused.getMessage());
        }
    }

    private static Map<String, Object> finding(Placed placed, Locale language) {
        Map<String, Object> json = JsonText.object();
        // A stored program has no file: its place is the program and the finding's location.
        json.put("file", placed.stored() ? null : placed.place().source());
        json.put("line", placed.stored() ? null : placed.place().line());
        json.put("column", placed.stored() ? null : placed.place().column());
        json.put("pointer", placed.stored() ? null : placed.place().pointer());
        json.put("program", placed.program().id().value());
        json.put("location", FindingText.describe(placed.finding().location(), language));
        json.put("severity", placed.finding().severity().externalName());
        json.put("rule", placed.finding().ruleId());
        json.put("key", placed.finding().key());
        json.put("arguments", FindingArguments.plain(placed.finding().arguments()));
        json.put("message", placed.finding().message(language));
        json.put("rationale", placed.finding().rationale(language));
        return json;
    }

    private boolean json() {
        return output == ReportFormat.JSON;
    }

    private void print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }
}
