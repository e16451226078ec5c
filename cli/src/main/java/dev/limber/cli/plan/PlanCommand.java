package dev.limber.cli.plan;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.option.ClosedSets;
import dev.limber.cli.option.ReportFormat;
import dev.limber.cli.wiring.OpenStore;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.card.DoseText;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.plan.PlanRequest;
import dev.limber.domain.plan.PlannedSession;
import dev.limber.domain.plan.PlannedStep;
import dev.limber.domain.plan.PlannedWeek;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.usecase.PlanWeek;
import dev.limber.formats.json.JsonText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limber plan}: the concrete sessions of one week of a stored program, every weight worked
 * out from its progression and the athlete's maxes and rounded to the plates, said so when it had
 * to be. Computes only.
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Print one week of a stored program: each step's reps, sets and load, rounded to the plates.")
public final class PlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "The stored program's id, e.g. five-three-one-wave")
    String program;

    @Option(
            names = "--week",
            paramLabel = "N",
            defaultValue = "1",
            description = "The week to plan, 1 to the program's weeks (default 1)")
    int week;

    @Option(names = "--session", paramLabel = "NAME", description = "Plan only the session of that name")
    String session;

    @Option(
            names = "--max",
            paramLabel = "EXERCISE=LOAD",
            description = "The athlete's reference max for an exercise, e.g. back-squat=140kg; repeat for more")
    List<String> maxes = new ArrayList<>();

    @Option(
            names = "--missed",
            paramLabel = "EXERCISE=N",
            description = "Missed targets so far for an exercise, e.g. back-squat=3 (linear progressions deload)")
    List<String> missed = new ArrayList<>();

    @Option(
            names = "--unit",
            paramLabel = "kg|lb",
            converter = ClosedSets.WeightUnits.class,
            completionCandidates = ClosedSets.WeightUnits.class,
            description =
                    "The unit of every load (default: the program's); loads are converted and rounded to its plates")
    WeightUnit unit;

    @Option(
            names = "--output",
            paramLabel = "text|json",
            defaultValue = "text",
            converter = ClosedSets.ReportFormats.class,
            completionCandidates = ClosedSets.ReportFormats.class,
            description = "text (default): a line per step; json: one object for machines")
    ReportFormat output;

    @Override
    public Integer call() {
        PlanWeek.Command command = command();
        PlannedWeek plan;
        try (OpenStore store = DatabaseOptions.of(spec).open()) {
            try {
                plan = store.useCases().planWeek().plan(command);
            } catch (InvalidValueException refused) {
                throw bad("--" + refused.field().replaceAll("\\[.*", ""), refused);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output == ReportFormat.JSON) {
            out.println(JsonText.write(json(plan)));
        } else {
            out.println(plan.name() + " (" + plan.program() + "), week " + plan.week() + " of " + plan.weeks()
                    + ": loads in " + plan.unit().externalName() + ", "
                    + plan.plates().bar().human() + " bar");
            for (PlannedSession planned : plan.sessions()) {
                out.println(planned.name());
                for (PlannedStep step : planned.steps()) {
                    out.println("  " + step.phase().externalName() + ": "
                            + (step.circuit() == null ? "" : step.circuit() + " / ") + step.exercise() + ": "
                            + DoseText.of(step.prescription())
                            + (step.loading() == null
                                    ? ""
                                    : " — " + step.loading().platesText()));
                    if (!step.rampUpSets().isEmpty()) {
                        out.println("      ramp-up first: "
                                + String.join(
                                        "; ",
                                        step.rampUpSets().stream()
                                                .map(dev.limber.domain.program.RampUpSets.RampSet::human)
                                                .toList()));
                    }
                    step.notes().forEach(note -> out.println("      " + note));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private PlanWeek.Command command() {
        ProgramId id;
        try {
            id = ProgramId.of(program);
        } catch (InvalidValueException refused) {
            throw bad("PROGRAM", refused);
        }
        Map<ExerciseId, Weight> maxWeights = new LinkedHashMap<>();
        for (String max : maxes) {
            String[] parts = pair("--max", max, "back-squat=140kg");
            try {
                maxWeights.put(ExerciseId.of(parts[0]), Weight.parse(parts[1]));
            } catch (InvalidValueException refused) {
                throw bad("--max", refused);
            }
        }
        Map<ExerciseId, Integer> missedTargets = new LinkedHashMap<>();
        for (String count : missed) {
            String[] parts = pair("--missed", count, "back-squat=3");
            try {
                missedTargets.put(ExerciseId.of(parts[0]), Integer.parseInt(parts[1]));
            } catch (NumberFormatException notANumber) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--missed: " + count + " must end in a whole number, like back-squat=3");
            } catch (InvalidValueException refused) {
                throw bad("--missed", refused);
            }
        }
        try {
            return new PlanWeek.Command(id, new PlanRequest(week, session, maxWeights, missedTargets, unit, null));
        } catch (InvalidValueException refused) {
            throw bad("--" + refused.field(), refused);
        }
    }

    private String[] pair(String option, String text, String example) {
        String[] parts = text.split("=", 2);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + ": '" + text + "' must be EXERCISE=VALUE, like " + example);
        }
        return new String[] {parts[0].strip(), parts[1].strip()};
    }

    private CommandLine.ParameterException bad(String option, InvalidValueException refused) {
        return new CommandLine.ParameterException(spec.commandLine(), option + ": " + refused.getMessage());
    }

    private static Map<String, Object> json(PlannedWeek plan) {
        Map<String, Object> root = JsonText.object();
        root.put("program", plan.program().value());
        root.put("name", plan.name());
        root.put("week", plan.week());
        root.put("weeks", plan.weeks());
        root.put("unit", plan.unit().externalName());
        root.put("bar", plan.plates().bar().text());
        root.put(
                "sessions",
                plan.sessions().stream()
                        .map(planned -> {
                            Map<String, Object> item = JsonText.object();
                            item.put("name", planned.name());
                            item.put(
                                    "steps",
                                    planned.steps().stream()
                                            .map(PlanCommand::step)
                                            .toList());
                            return item;
                        })
                        .toList());
        return root;
    }

    private static Map<String, Object> step(PlannedStep step) {
        Map<String, Object> item = JsonText.object();
        item.put("phase", step.phase().externalName());
        if (step.circuit() != null) {
            item.put("circuit", step.circuit());
        }
        item.put("exercise", step.exercise().value());
        if (step.prescription().dose() instanceof Dose.Reps reps) {
            item.put("reps", reps.count());
        }
        item.put("sets", step.prescription().sets());
        step.prescription().loadOf().ifPresent(load -> item.put("load", load.text()));
        if (step.target() != null) {
            item.put("target", step.target().text());
        }
        if (step.loading() != null) {
            item.put(
                    "perSide",
                    step.loading().perSide().stream().map(Weight::text).toList());
        }
        if (step.progression() != null) {
            item.put("progression", step.progression().text());
        }
        item.put("dose", DoseText.of(step.prescription()));
        if (!step.rampUpSets().isEmpty()) {
            item.put(
                    "rampUp",
                    step.rampUpSets().stream()
                            .map(dev.limber.domain.program.RampUpSets.RampSet::human)
                            .toList());
        }
        item.put("notes", step.notes());
        return item;
    }
}
