package dev.limber.domain.warmup;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A rough benchmark, deliberately not a test (timings on a shared machine make flaky tests):
 * indexes random catalogs of 10,000 and 100,000 exercises and times warm-up builds. Run after
 * {@code mvn -pl domain test-compile} with
 * {@code java -cp domain/target/classes:domain/target/test-classes dev.limber.domain.warmup.WarmUpBuilderBenchmark}.
 */
public final class WarmUpBuilderBenchmark {
    private WarmUpBuilderBenchmark() {
    }

    public static void main(String[] args) {
        for (int size : new int[] {10_000, 100_000}) {
            List<Exercise> catalog = randomCatalog(size, new Random(42));
            Set<Target> legDay = EnumSet.of(Target.QUADRICEPS, Target.GLUTES, Target.HAMSTRINGS, Target.LOWER_BACK,
                    Target.ADDUCTORS, Target.CALVES, Target.HIPS);
            for (int warm = 0; warm < 5; warm++) {
                new WarmUpBuilder(catalog).build(legDay, Budget.standard());
            }
            long start = System.nanoTime();
            WarmUpBuilder builder = new WarmUpBuilder(catalog);
            long indexed = System.nanoTime();
            int runs = 200;
            WarmUpPlan plan = null;
            for (int i = 0; i < runs; i++) {
                plan = builder.build(legDay, Budget.standard());
            }
            long built = System.nanoTime();
            System.out.printf("%,d exercises: index %.1f ms, build %.3f ms each (%d steps, %s)%n", size,
                    (indexed - start) / 1e6, (built - indexed) / 1e6 / runs, plan.steps().size(), plan.total());
        }
    }

    private static List<Exercise> randomCatalog(int size, Random random) {
        Target[] targets = Target.values();
        ExerciseKind[] kinds = ExerciseKind.values();
        Laterality[] sides = Laterality.values();
        List<Exercise> catalog = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Set<Target> primary = EnumSet.noneOf(Target.class);
            int count = 1 + random.nextInt(3);
            while (primary.size() < count) {
                primary.add(targets[random.nextInt(targets.length)]);
            }
            catalog.add(Exercise.builder("move-" + i, "Move " + i).kind(kinds[random.nextInt(kinds.length)])
                    .laterality(sides[random.nextInt(sides.length)]).primary(new ArrayList<>(primary)).build());
        }
        return catalog;
    }
}
