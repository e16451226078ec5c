package dev.limber.benchmarks.domain;

import dev.limber.benchmarks.synthetic.SyntheticCatalog;
import dev.limber.domain.catalog.Catalog;
import dev.limber.formats.document.DocumentFormat;
import dev.limber.formats.document.DocumentReader;
import dev.limber.formats.document.DocumentWriter;
import dev.limber.formats.document.ReadLimits;
import java.nio.charset.StandardCharsets;
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

/** Reading a Limber document of 1,000 and 100,000 exercises (JSON and YAML) into a catalog. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class DocumentParsingBenchmark {
    @Param({"1000", "100000"})
    public int exercises;

    @Param({"JSON", "YAML"})
    public DocumentFormat format;

    private byte[] document;
    private DocumentReader reader;

    @Setup
    public void setUp() {
        Catalog catalog = new Catalog(SyntheticCatalog.exercises(exercises), List.of());
        document = new DocumentWriter().write(catalog, format).getBytes(StandardCharsets.UTF_8);
        reader = new DocumentReader(ReadLimits.defaults().withMaxBytes(256L * 1024 * 1024));
    }

    @Benchmark
    public Catalog read() {
        return reader.read("benchmark." + format.name().toLowerCase(java.util.Locale.ROOT), document, format);
    }
}
