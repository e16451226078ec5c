import io.micronaut.aot.MicronautAotOptimizer;
import java.io.FileReader;
import java.io.IOException;
import java.util.Properties;

/**
 * Runs Micronaut AOT's optimizer through its API (io.micronaut.aot:micronaut-aot-api), since the
 * command line that Micronaut's Maven plugin calls (micronaut-aot-cli) is not on the registry
 * this project builds from. Run by the java source launcher with the application's jar and the
 * optimizer's jars on one class path: the optimizer must see the application's classes through
 * its own class loader. Argument: the optimizer's properties (benchmarks/micronaut-aot.sh writes
 * them). A measuring tool, not part of Limber's build.
 */
public final class RunOptimizer {
    public static void main(String[] args) throws IOException {
        Properties settings = new Properties();
        try (FileReader reader = new FileReader(args[0])) {
            settings.load(reader);
        }
        MicronautAotOptimizer.execute(settings);
    }
}
