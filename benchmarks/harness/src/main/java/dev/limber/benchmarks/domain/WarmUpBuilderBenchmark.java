package dev.limber.benchmarks.domain;

import dev.limber.benchmarks.synthetic.SyntheticCatalog;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.usecase.BuildWarmUp;
import dev.limber.domain.warmup.Budget;
import dev.limber.domain.warmup.WarmUpDoses;
import dev.limber.domain.warmup.WarmUpPlan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm-up builder over synthetic catalogs of 1,000 to 100,000 exercises: one build on an
 * indexed catalog, indexing a catalog plus one build (what a one-off caller pays), and indexing
 * the moves plus one build (what a call through the store pays after its read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WarmUpBuilderBenchmark {
    private static final Set<Target> LEG_DAY = Set.of(
            Target.HAMSTRINGS, Target.GLUTES, Target.HIPS, Target.QUADRICEPS, Target.ADDUCTORS, Target.LOWER_BACK);

    /** A warm-up for areas looks no exercise up. */
    private static final ExerciseLookup NO_LOOKUP = id -> Optional.empty();

    @Param({"1000", "10000", "100000"})
    public int catalogSize;

    private List<Exercise> exercises;
    private BuildWarmUp indexed;

    @Setup
    public void setUp() {
        exercises = SyntheticCatalog.warmUpMoves(catalogSize, 42);
        indexed = new BuildWarmUp(new Catalog(exercises, List.of()));
    }

    @Benchmark
    public WarmUpPlan buildOnIndexedCatalog() {
        return indexed.forAreas(LEG_DAY, Budget.standard());
    }

    @Benchmark
    public WarmUpPlan indexAndBuild() {
        return new BuildWarmUp(new Catalog(exercises, List.of())).forAreas(LEG_DAY, Budget.standard());
    }

    /**
     * What a call through the store pays once the moves are read ({@code BuildWarmUp.overStore}
     * indexes the listed moves at each call): no {@code Catalog}, so no unique-id check.
     */
    @Benchmark
    public WarmUpPlan indexMovesAndBuild() {
        return new BuildWarmUp(exercises, NO_LOOKUP, WarmUpDoses.standard()).forAreas(LEG_DAY, Budget.standard());
    }
}
