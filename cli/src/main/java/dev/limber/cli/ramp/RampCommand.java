package dev.limber.cli.ramp;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.option.ClosedSets;
import dev.limber.cli.option.ReportFormat;
import dev.limber.cli.wiring.OpenStore;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.PlateLoading;
import dev.limber.domain.load.Plates;
import dev.limber.domain.load.RampUpPlan;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.usecase.BuildRampUp;
import dev.limber.formats.json.JsonText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limber ramp}: the warm-up sets of a lift up to its working weight, with the plates per
 * side of each. Computes only; reads the exercise's name from the stored catalog.
 */
@Command(
        name = "ramp",
        mixinStandardHelpOptions = true,
        description = "Print the ramp-up sets of a lift up to --work, each with its plates per side.")
public final class RampCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXERCISE", description = "The lift's id in the catalog, e.g. back-squat")
    String exercise;

    @Option(
            names = "--work",
            required = true,
            paramLabel = "LOAD",
            description = "The first working set's weight, e.g. 100kg or 225lb")
    String work;

    @Option(
            names = "--sets",
            paramLabel = "N",
            defaultValue = "4",
            description = "Warm-up sets, 1 to 8 (default 4: empty bar × 10, 40 % × 5, 60 % × 3, 80 % × 2)")
    int sets;

    @Option(names = "--bar", paramLabel = "LOAD", description = "The bar, in the ramp's unit (default 20kg or 45lb)")
    String bar;

    @Option(
            names = "--plates",
            paramLabel = "LIST",
            description = "Plate sizes, comma-separated, in the ramp's unit (default kg: 25,20,15,10,5,2.5,1.25;"
                    + " lb: 45,35,25,10,5,2.5)")
    String plates;

    @Option(
            names = "--unit",
            paramLabel = "kg|lb",
            converter = ClosedSets.WeightUnits.class,
            completionCandidates = ClosedSets.WeightUnits.class,
            description = "The unit of the answer (default: the work's); the work is converted to it")
    WeightUnit unit;

    @Option(
            names = "--output",
            paramLabel = "text|json",
            defaultValue = "text",
            converter = ClosedSets.ReportFormats.class,
            completionCandidates = ClosedSets.ReportFormats.class,
            description = "text (default): a line per set; json: one object for machines")
    ReportFormat output;

    @Override
    public Integer call() {
        BuildRampUp.Command command = command();
        BuildRampUp.Result result;
        try (OpenStore store = DatabaseOptions.of(spec).open()) {
            try {
                result = store.useCases().buildRampUp().build(command);
            } catch (InvalidValueException refused) {
                throw bad("--" + refused.field(), refused);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        RampUpPlan plan = result.plan();
        if (output == ReportFormat.JSON) {
            out.println(JsonText.write(json(result)));
        } else {
            out.println("Ramp-up for " + result.exercise().name() + " to "
                    + plan.working().loaded().human() + " (loads in "
                    + plan.unit().externalName() + ", " + plan.bar().human() + " bar)");
            int number = 0;
            for (RampUpPlan.RampSet set : plan.sets()) {
                number++;
                out.println("  " + number + ". " + set.stage().label() + ": " + set.reps() + " × "
                        + set.load().human() + " — " + set.loading().platesText() + note(set.loading()));
            }
            out.println("  Work: " + plan.working().human());
            plan.skipped().forEach(reason -> out.println("  Left out: " + reason));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code  (asked 41.5 kg; nearest)} when a set could not be loaded exactly. */
    private static String note(PlateLoading loading) {
        return loading.exact()
                ? ""
                : " (nearest to "
                        + loading.requested().in(loading.loaded().unit()).human() + ")";
    }

    private BuildRampUp.Command command() {
        Weight workload = weight("--work", work);
        WeightUnit answer = unit == null ? workload.unit() : unit;
        Weight barWeight = bar == null ? null : weight("--bar", bar);
        List<Weight> plateList = null;
        if (plates != null) {
            try {
                plateList = Plates.parseList(plates, answer);
            } catch (InvalidValueException refused) {
                throw bad("--plates", refused);
            }
        }
        try {
            return new BuildRampUp.Command(ExerciseId.of(exercise), workload, sets, barWeight, plateList, answer);
        } catch (InvalidValueException refused) {
            String field = refused.field().equals("id")
                    ? "EXERCISE"
                    : "--" + refused.field().replaceAll("\\[.*", "");
            throw bad(field, refused);
        }
    }

    private Weight weight(String option, String text) {
        try {
            return Weight.parse(text);
        } catch (InvalidValueException refused) {
            throw bad(option, refused);
        }
    }

    private CommandLine.ParameterException bad(String option, InvalidValueException refused) {
        return new CommandLine.ParameterException(spec.commandLine(), option + ": " + refused.getMessage());
    }

    private static Map<String, Object> json(BuildRampUp.Result result) {
        RampUpPlan plan = result.plan();
        Map<String, Object> root = JsonText.object();
        root.put("exercise", result.exercise().id().value());
        root.put("name", result.exercise().name());
        root.put("unit", plan.unit().externalName());
        root.put("bar", plan.bar().text());
        root.put("work", loading(plan.working()));
        root.put(
                "sets",
                plan.sets().stream()
                        .map(set -> {
                            Map<String, Object> item = JsonText.object();
                            item.put("stage", set.stage().label());
                            item.put("reps", set.reps());
                            item.put("loading", loading(set.loading()));
                            return item;
                        })
                        .toList());
        root.put("skipped", plan.skipped());
        return root;
    }

    private static Map<String, Object> loading(PlateLoading loading) {
        Map<String, Object> item = JsonText.object();
        item.put("requested", loading.requested().text());
        item.put("load", loading.loaded().text());
        item.put("exact", loading.exact());
        item.put("perSide", loading.perSide().stream().map(Weight::text).toList());
        item.put("text", loading.human());
        return item;
    }
}
