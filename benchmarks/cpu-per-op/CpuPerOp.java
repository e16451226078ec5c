import dev.limber.benchmarks.domain.DocumentParsingBenchmark;
import dev.limber.benchmarks.domain.RuleEvaluationBenchmark;
import dev.limber.benchmarks.domain.WarmUpBuilderBenchmark;
import dev.limber.formats.document.DocumentFormat;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Process CPU time (all threads: GC and JIT included) per operation of a JMH benchmark method,
 * after two uncounted samples: on a machine shared with other builds the CPU a process spends
 * per operation moves far less than the wall time JMH reports. Run by benchmarks/domain-cpu-ab.sh
 * against two harness jars.
 */
public class CpuPerOp {
    static volatile Object sink;

    public static void main(String[] args) throws Exception {
        String which = args[0];
        double seconds = Double.parseDouble(args[1]);
        int samples = Integer.parseInt(args[2]);
        Supplier<Object> op;
        switch (which) {
            case "rules" -> { var b = new RuleEvaluationBenchmark(); b.steps = 100; b.setUp(); op = b::evaluate; }
            case "warm" -> { var b = new WarmUpBuilderBenchmark(); b.catalogSize = 10000; b.setUp(); op = b::indexAndBuild; }
            case "doc" -> { var b = new DocumentParsingBenchmark(); b.exercises = 100000; b.format = DocumentFormat.JSON; b.setUp(); op = b::read; }
            default -> throw new IllegalArgumentException(which);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        StringBuilder out = new StringBuilder(which);
        for (int s = -2; s < samples; s++) { // two uncounted warm-up samples
            long cpu0 = os.getProcessCpuTime(), wall0 = System.nanoTime(), n = 0;
            while (System.nanoTime() - wall0 < seconds * 1e9) { sink = op.get(); n++; }
            long cpu = os.getProcessCpuTime() - cpu0, wall = System.nanoTime() - wall0;
            if (s >= 0) out.append(String.format(" %.1f/%.1f", cpu / 1e3 / n, wall / 1e3 / n));
        }
        System.out.println(out + "  (cpu/wall us per op)");
    }
}
