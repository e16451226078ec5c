package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.warmup.Budget;
import dev.limber.domain.warmup.WarmUpBuilder;
import dev.limber.domain.warmup.WarmUpPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Warm-ups built from the real free-exercise-db beside the built-in catalog (issue 14). */
class FreeExerciseDbWarmUpTest {
    private static final String DATASET = "shared/datasets/free-exercise-db/exercises.json";

    @Test
    void warmUpsFromTheDatasetWorkEachRequestDirectlyAndDiffer() {
        Optional<Path> dataset = Stream.of(Path.of("..", "..", DATASET), Path.of("..", DATASET))
                .filter(Files::isRegularFile)
                .findFirst();
        assumeTrue(
                dataset.isPresent(),
                "skipped: the free-exercise-db dataset is not at ../shared/" + DATASET.substring("shared/".length())
                        + " beside the repository (looked from " + Path.of("").toAbsolutePath() + ")");
        List<Exercise> catalog = new ArrayList<>(BuiltInCatalog.catalog().exercises());
        catalog.addAll(new FreeExerciseDbReader().read(dataset.get()).exercises());
        Map<ExerciseId, String> names =
                catalog.stream().collect(Collectors.toMap(Exercise::id, Exercise::name, (a, b) -> a));
        WarmUpBuilder builder = new WarmUpBuilder(catalog);
        Function<Set<Target>, List<String>> picks = areas -> builder.build(areas, Budget.standard()).steps().stream()
                .map(ExerciseStep::exercise)
                .map(names::get)
                .toList();

        List<String> shoulders = picks.apply(EnumSet.of(Target.SHOULDERS));
        assertTrue(shoulders.contains("Arm Circles"), shoulders.toString());

        // Ankle and knee circles work the calves as primary; squats only touch them.
        List<String> calves = picks.apply(EnumSet.of(Target.CALVES));
        assertTrue(calves.containsAll(List.of("Ankle Circles", "Knee Circles")), calves.toString());

        List<List<String>> requests = List.of(
                picks.apply(EnumSet.of(Target.HAMSTRINGS, Target.GLUTES, Target.HIPS)),
                calves,
                picks.apply(EnumSet.of(Target.LOWER_BACK, Target.ADDUCTORS, Target.OBLIQUES)));
        Set<String> common = new HashSet<>(requests.get(0));
        requests.forEach(common::retainAll);
        assertEquals(Set.of(), common, "no move is picked for all three requests: " + requests);
        for (List<String> plan : requests) {
            assertEquals(plan.size(), Set.copyOf(plan).size(), "no name twice: " + plan);
        }
        WarmUpPlan plan = builder.build(EnumSet.of(Target.CALVES), Budget.standard());
        assertTrue(plan.coversEverything(), plan.toString());
    }
}
