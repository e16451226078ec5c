package dev.limber.cli.routine;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.option.ClosedSets;
import dev.limber.cli.wiring.BuiltInStore;
import dev.limber.cli.wiring.StoreWhenNeeded;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.card.DoseText;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Durations;
import dev.limber.domain.usecase.BuildWarmUp;
import dev.limber.domain.usecase.SaveProgram;
import dev.limber.domain.usecase.UseCases;
import dev.limber.domain.warmup.Budget;
import dev.limber.domain.warmup.WarmUpPlan;
import dev.limber.formats.warmup.WarmUpText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limber warm-up}: a warm-up from the stored catalog's dynamic and mobility moves, for
 * chosen areas or for what a program's session loads, within a time budget; with
 * {@code --built-in}, from the built-in catalog alone, without a database.
 */
@Command(
        name = "warm-up",
        mixinStandardHelpOptions = true,
        description = "Build a warm-up for areas (--targets) or for a stored program's session (--for),"
                + " within --minutes.")
public final class WarmUpCommand implements Callable<Integer> {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})(?:-(\\d{1,3}))?");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    /** Either areas or a program. */
    static final class What {
        @Option(
                names = "--targets",
                paramLabel = "AREA",
                split = ",",
                converter = ClosedSets.Targets.class,
                completionCandidates = ClosedSets.Targets.class,
                description = "Areas to warm up, comma-separated, e.g. hamstrings,glutes,hips")
        List<Target> targets;

        @Option(names = "--for", paramLabel = "PROGRAM", description = "Warm up for what this program's session loads")
        String program;
    }

    @Option(names = "--session", paramLabel = "NAME", description = "With --for: the session (default: the first)")
    String session;

    @Option(
            names = "--minutes",
            paramLabel = "MIN[-MAX]",
            defaultValue = "5-10",
            description = "Time budget in minutes: 5-10 (default) or one number")
    String minutes;

    @Option(
            names = "--save",
            paramLabel = "ID",
            description = "Also store the warm-up as a program with this id (new), to print with"
                    + " `limber card ID` or time with `limber timeline ID`")
    String save;

    @Option(
            names = "--built-in",
            description = "Choose from the built-in catalog alone and read --for from its programs, without"
                    + " opening the database (not with --save)")
    boolean builtIn;

    @Override
    public Integer call() {
        Budget budget = budget();
        if (what.targets != null && what.targets.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--targets: name at least one area, e.g. --targets hamstrings,glutes,hips");
        }
        ProgramId saveAs = saveAs();
        if (builtIn && saveAs != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--save stores the warm-up in the database; leave out --built-in");
        }
        Set<Target> areas = what.targets == null ? null : EnumSet.copyOf(what.targets);
        WarmUpPlan plan;
        String heading;
        String purpose;
        List<String> lines = new ArrayList<>();
        try (StoreWhenNeeded database =
                DatabaseOptions.of(spec).openWhenNeeded(spec.commandLine().getErr())) {
            UseCases useCases =
                    builtIn ? BuiltInStore.useCases() : database.store().useCases();
            BuildWarmUp build = useCases.buildWarmUp();
            if (areas != null) {
                plan = build.forAreas(areas, budget);
                heading = "Warm-up for " + names(areas);
                purpose = names(areas);
            } else {
                Program program = StoredProgram.find(useCases.findProgram(), what.program);
                Session chosen = session == null ? program.sessions().get(0) : StoredProgram.session(program, session);
                plan = build.forSession(chosen, budget);
                if (plan.requested().isEmpty()) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("limber: " + WarmUpText.nothingToWarmUp(program, chosen) + " with --targets.");
                    err.flush();
                    return ExitCodes.FINDINGS;
                }
                heading =
                        "Warm-up for " + program.name() + " › " + chosen.name() + " (" + names(plan.requested()) + ")";
                purpose = program.id() + " › " + chosen.name() + " (" + names(plan.requested()) + ")";
            }
            if (saveAs != null && !plan.steps().isEmpty()) {
                String name = heading.length() <= Limits.NAME ? heading : "Warm-up " + saveAs;
                useCases.saveProgram()
                        .save(new SaveProgram.Command(
                                plan.program(
                                        saveAs,
                                        name,
                                        "Built by limber warm-up for " + purpose + " within "
                                                + WarmUpText.budget(budget) + "."),
                                ExpectedVersion.absent()));
            }
            ExerciseLookup lookup = ExerciseLookup.of(useCases.findExercise()
                    .all(plan.steps().stream().map(ExerciseStep::exercise).toList())
                    .values());
            int number = 0;
            for (ExerciseStep step : plan.steps()) {
                number++;
                lines.add("  " + number + ". "
                        + lookup.find(step.exercise())
                                .map(Exercise::name)
                                .orElse(step.exercise().value()) + " — " + DoseText.of(step.prescription()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(heading + " — " + Durations.human(plan.total()) + " (budget " + WarmUpText.budget(budget) + ")");
        lines.forEach(out::println);
        WarmUpText.habitNote(budget).ifPresent(out::println);
        if (!plan.uncovered().isEmpty()) {
            out.println("Not covered: " + names(plan.uncovered())
                    + (plan.noCandidate().isEmpty()
                            ? ""
                            : " (no warm-up move in the catalog works " + names(plan.noCandidate()) + ")"));
        }
        if (!plan.shortOfMinimum().isZero()) {
            out.println("Short of the minimum by " + Durations.human(plan.shortOfMinimum()) + ".");
        }
        out.flush();
        if (saveAs != null) {
            PrintWriter err = spec.commandLine().getErr();
            if (plan.steps().isEmpty()) {
                err.println("limber: the warm-up has no moves, so no program was saved.");
                err.flush();
                return ExitCodes.FINDINGS;
            }
            err.println("Saved as program " + saveAs + ": limber card " + saveAs);
            err.flush();
        }
        return ExitCodes.OK;
    }

    private ProgramId saveAs() {
        if (save == null) {
            return null;
        }
        try {
            return ProgramId.of(save);
        } catch (InvalidValueException refused) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--save: " + refused.getMessage());
        }
    }

    private Budget budget() {
        Matcher range = RANGE.matcher(minutes.strip());
        if (!range.matches()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--minutes: '" + minutes + "' is not a number of minutes or a range like 5-10");
        }
        int low = Integer.parseInt(range.group(1));
        int high = range.group(2) == null ? low : Integer.parseInt(range.group(2));
        if (low < 1 || high < low) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--minutes: '" + minutes + "' must be at least 1, and the maximum not below the minimum");
        }
        return Budget.between(Duration.ofMinutes(low), Duration.ofMinutes(high));
    }

    private static String names(Collection<Target> targets) {
        return WarmUpText.areas(targets);
    }
}
