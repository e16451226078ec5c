import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Two builds of a JMH benchmark method in one JVM, each in its own class loader, alternated in
 * short slices and measured by the benchmark thread's CPU time per operation: on a shared,
 * loaded machine both builds then see the same load within a second of each other, where runs
 * one after the other saw the load change tenfold. The thread's own CPU time leaves out GC and
 * JIT threads, so this is for the rules and the warm-up builder (little garbage), not the
 * 100,000-exercise read (use allocation per operation and domain-cpu-ab.sh for that).
 *   java Interleaved rules|warm|warm-moves SLICE_SECONDS ROUNDS CLASSPATH_A CLASSPATH_B
 * Prints per round the microseconds of CPU per operation of A and B and B / A, then medians.
 */
public class Interleaved {
    static volatile Object sink;

    public static void main(String[] args) throws Exception {
        String which = args[0];
        double slice = Double.parseDouble(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Supplier<Object> a = op(loader(args[3]), which);
        Supplier<Object> b = op(loader(args[4]), which);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> as = new ArrayList<>(), bs = new ArrayList<>(), ratios = new ArrayList<>();
        for (int round = -6; round < rounds; round++) { // six uncounted rounds: JIT warm-up of both
            double ua = perOp(a, slice, threads), ub = perOp(b, slice, threads);
            if (round >= 0) {
                as.add(ua);
                bs.add(ub);
                ratios.add(ub / ua);
                System.out.printf("round %d: A %.1f  B %.1f  B/A %.3f  (us CPU per op)%n", round + 1, ua, ub, ub / ua);
            }
        }
        System.out.printf("median: A %.1f  B %.1f  B/A %.3f (range %.3f-%.3f)%n",
                median(as), median(bs), median(ratios), min(ratios), max(ratios));
    }

    static double perOp(Supplier<Object> op, double seconds, ThreadMXBean threads) {
        long cpu0 = threads.getCurrentThreadCpuTime(), wall0 = System.nanoTime(), n = 0;
        while (System.nanoTime() - wall0 < seconds * 1e9) {
            sink = op.get();
            n++;
        }
        return (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / n;
    }

    static ClassLoader loader(String classPath) throws Exception {
        String[] entries = classPath.split(":");
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = Path.of(entries[i]).toUri().toURL();
        }
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    static Supplier<Object> op(ClassLoader loader, String which) throws Exception {
        String type = which.equals("rules")
                ? "dev.limber.benchmarks.domain.RuleEvaluationBenchmark"
                : "dev.limber.benchmarks.domain.WarmUpBuilderBenchmark";
        Class<?> benchmark = loader.loadClass(type);
        Object instance = benchmark.getConstructor().newInstance();
        if (which.equals("rules")) {
            benchmark.getField("steps").setInt(instance, 100);
        } else {
            benchmark.getField("catalogSize").setInt(instance, 10000);
        }
        benchmark.getMethod("setUp").invoke(instance);
        Method method = benchmark.getMethod(
                which.equals("rules") ? "evaluate" : which.equals("warm-moves") ? "indexMovesAndBuild" : "indexAndBuild");
        return () -> {
            try {
                return method.invoke(instance);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
