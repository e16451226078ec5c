package dev.limber.benchmarks.domain;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.rules.Finding;
import dev.limber.domain.rules.Guidelines;
import dev.limber.domain.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
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

/** All default guideline rules over a leg-day program of 10, 100 and 1,000 steps. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RuleEvaluationBenchmark {
    @Param({"10", "100", "1000"})
    public int steps;

    private Program program;
    private Guidelines guidelines;
    private RuleContext context;

    @Setup
    public void setUp() {
        program = program(steps);
        guidelines = Guidelines.defaults();
        context = RuleContext.of(ExerciseLookup.builtIn());
    }

    /**
     * A well-formed leg-day session of about {@code steps} steps, the way a coach writes one: the
     * catalog's warm-up moves first, its lifts and core work in the main phase, its stretches to
     * cool down, in that proportion (1 : 2 : 1).
     */
    static Program program(int steps) {
        List<Exercise> warmUp = new ArrayList<>();
        List<Exercise> main = new ArrayList<>();
        List<Exercise> coolDown = new ArrayList<>();
        for (Exercise exercise : BuiltInCatalog.catalog().exercises()) {
            switch (exercise.kind()) {
                case DYNAMIC, MOBILITY -> warmUp.add(exercise);
                case STATIC_STRETCH, NERVE_GLIDE -> coolDown.add(exercise);
                default -> main.add(exercise);
            }
        }
        List<Phase> phases = new ArrayList<>();
        phases.add(new Phase(PhaseKind.WARM_UP, steps(warmUp, Math.max(1, steps / 4))));
        phases.add(new Phase(PhaseKind.MAIN, steps(main, Math.max(1, steps / 2))));
        phases.add(new Phase(PhaseKind.COOL_DOWN, steps(coolDown, Math.max(1, steps - steps / 4 - steps / 2))));
        return Program.builder("benchmark-" + steps, "Benchmark " + steps)
                .session(new Session("Leg day", phases, java.util.Set.of()))
                .build();
    }

    private static List<Step> steps(List<Exercise> exercises, int count) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Exercise exercise = exercises.get(i % exercises.size());
            Prescription dose = Prescription.seconds(20);
            if (exercise.laterality() != dev.limber.domain.exercise.Laterality.BILATERAL) {
                dose = dose.eachSide();
            }
            steps.add(ExerciseStep.of(exercise, dose));
        }
        return steps;
    }

    /** How many findings the program yields: printed once, so a reader knows what was measured. */
    @org.openjdk.jmh.annotations.TearDown
    public void report() {
        System.out.println("findings for " + steps + " steps: "
                + guidelines.evaluate(program, context).size());
    }

    @Benchmark
    public List<Finding> evaluate() {
        return guidelines.evaluate(program, context);
    }
}
