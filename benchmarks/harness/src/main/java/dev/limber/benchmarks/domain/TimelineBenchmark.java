package dev.limber.benchmarks.domain;

import dev.limber.domain.program.Program;
import dev.limber.domain.timeline.Timeline;
import dev.limber.domain.timeline.TimelineOptions;
import dev.limber.domain.usecase.BuildTimeline;
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

/** The guided-timer timeline of a large session (per-side steps, switch pauses, get-ready). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TimelineBenchmark {
    @Param({"100", "1000"})
    public int steps;

    private Program program;
    private final BuildTimeline timeline = new BuildTimeline();

    @Setup
    public void setUp() {
        program = RuleEvaluationBenchmark.program(steps);
    }

    @Benchmark
    public Timeline build() {
        return timeline.of(program, null, TimelineOptions.guided());
    }
}
