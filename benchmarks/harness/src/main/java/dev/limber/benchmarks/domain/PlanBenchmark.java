package dev.limber.benchmarks.domain;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.PlateLoading;
import dev.limber.domain.load.Plates;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.plan.Plan;
import dev.limber.domain.plan.PlanRequest;
import dev.limber.domain.plan.PlannedWeek;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Progression;
import dev.limber.domain.program.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning a 52-week program (four sessions of six progressed lifts: linear, double and weekly
 * waves) one week and every week, in pounds from kilograms; and the plate math of one load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PlanBenchmark {
    private static final String[] LIFTS = {"back-squat", "deadlift", "bench-press", "overhead-press", "row", "lunge"};

    private Program program;
    private PlanRequest lastWeek;
    private Plates plates;
    private Weight[] loads;
    private int next;

    @Setup
    public void setUp() {
        Program.Builder builder = Program.builder("year", "A year").weeks(52);
        for (int s = 0; s < 4; s++) {
            List<dev.limber.domain.program.Step> steps = new ArrayList<>();
            for (int i = 0; i < LIFTS.length; i++) {
                Progression progression = switch (i % 3) {
                    case 0 -> Progression.parse("linear +2.5kg per session, deload 10% after 3 misses");
                    case 1 -> Progression.parse("double 6-10 +2.5kg");
                    default -> Progression.parse("weekly 65%x5x3, 75%x3x3, 85%x1x3, deload 40%x5x3");
                };
                Prescription dose = Prescription.reps(i % 3 == 1 ? 6 : 5).sets(3);
                dose = i % 3 == 2 ? dose : dose.load((40 + 10 * i) + "kg");
                steps.add(new ExerciseStep(ExerciseId.of(LIFTS[i]), dose, null, progression));
            }
            builder.session(Session.of("S" + s, new Phase(PhaseKind.MAIN, steps)));
        }
        program = builder.build();
        Map<ExerciseId, Weight> maxes = new java.util.HashMap<>();
        for (String lift : LIFTS) {
            maxes.put(ExerciseId.of(lift), Weight.kg(150));
        }
        lastWeek = PlanRequest.week(52).maxes(maxes).unit(WeightUnit.LB).missed(Map.of(ExerciseId.of("row"), 4));
        plates = Plates.standard(WeightUnit.KG);
        loads = new Weight[1024];
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < loads.length; i++) {
            loads[i] = new Weight(java.math.BigDecimal.valueOf(20_000 + random.nextInt(280_000), 3), WeightUnit.KG);
        }
    }

    /** Week 52 of the program: 24 planned steps. */
    @Benchmark
    public PlannedWeek planOneWeek() {
        return Plan.week(program, lastWeek);
    }

    /** All 52 weeks, one after the other. */
    @Benchmark
    public int planEveryWeek() {
        int steps = 0;
        for (int week = 1; week <= 52; week++) {
            PlanRequest request =
                    new PlanRequest(week, null, lastWeek.maxes(), lastWeek.missed(), lastWeek.unit(), null);
            steps += Plan.week(program, request).sessions().size();
        }
        return steps;
    }

    /** The plates per side of one load (a different one each call) on the standard kg plates. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public PlateLoading plateMath() {
        next = (next + 1) & (loads.length - 1);
        return plates.load(loads[next]);
    }
}
