package dev.limber.benchmarks.importing;

import dev.limber.benchmarks.synthetic.SyntheticCatalog;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.usecase.ImportCatalog;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Bulk import into PostgreSQL through Limber's import path, beside {@code psql \copy} of the very
 * same rows into the same tables, in one run. Each attempt gets a fresh schema. Prints a table of
 * medians, spreads and the ratio of rows per second.
 *
 * <p>Usage: {@code java -cp limber-benchmarks.jar dev.limber.benchmarks.importing.ImportVersusCopy
 * JDBC_URL USER [COUNT] [REPEATS] [CLI_JAR]}: with {@code CLI_JAR}, the import is the whole
 * {@code limber import} process reading the rows as Limber documents (10,000 exercises a file),
 * timed from process start to exit; without it, the import path inside one JVM. Either way the
 * schema is migrated before the clock starts, as it is for {@code \copy}, which cannot migrate.
 */
public final class ImportVersusCopy {
    private ImportVersusCopy() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path cli = args.length > 4 ? Path.of(args[4]) : null;
        List<Exercise> exercises = SyntheticCatalog.exercises(count);
        long rows = (long) count * SyntheticCatalog.ROWS_PER_EXERCISE;
        Path csv = Files.createTempDirectory("limber-copy");
        writeCsv(exercises, csv);
        Path documents = cli == null ? null : writeDocuments(exercises, csv.resolve("documents"));

        List<Double> limber = new ArrayList<>();
        List<Double> copy = new ArrayList<>();
        for (int attempt = 0; attempt < repeats + 1; attempt++) {
            double importSeconds =
                    cli == null ? timeImport(url, user, exercises) : timeCliImport(url, user, cli, documents);
            double copySeconds = timeCopy(url, user, csv);
            if (attempt > 0) { // the first round warms the JVM and the server's caches
                limber.add(rows / importSeconds);
                copy.add(rows / copySeconds);
            }
        }
        System.out.printf(
                "Import of %,d exercises (%,d rows) into PostgreSQL, %d runs after one warm-up%n",
                count, rows, repeats);
        System.out.println("| path | rows/s (median) | min | max |");
        System.out.println("|---|---|---|---|");
        print(
                cli == null
                        ? "limber import path in one JVM (ImportCatalog, JDBC batches, reWriteBatchedInserts)"
                        : "limber import process (java -jar limber-cli.jar import FOLDER, start to exit)",
                limber);
        print("psql \\copy of the same rows", copy);
        System.out.printf("ratio limber / \\copy (medians): %.2f%n", median(limber) / median(copy));
    }

    private static void print(String path, List<Double> rates) {
        System.out.printf(
                "| %s | %,.0f | %,.0f | %,.0f |%n",
                path, median(rates), Collections.min(rates), Collections.max(rates));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double timeImport(String url, String user, List<Exercise> exercises) throws SQLException {
        String schema = freshSchema(url, user);
        try (ApplicationContext context = ApplicationContext.run(properties(url, user, schema))) {
            ImportCatalog importCatalog = new ImportCatalog(
                    context.getBean(Exercises.class),
                    context.getBean(Programs.class),
                    context.getBean(Transactions.class));
            Catalog catalog = new Catalog(exercises, List.of());
            long start = System.nanoTime();
            importCatalog.run(ImportCatalog.Command.write(catalog));
            return (System.nanoTime() - start) / 1e9;
        } finally {
            drop(url, user, schema);
        }
    }

    private static double timeCliImport(String url, String user, Path cli, Path documents) throws Exception {
        String schema = freshSchema(url, user);
        try {
            migrate(url, user, schema); // as for \copy: both start from the same migrated, empty schema
            ProcessBuilder limber = new ProcessBuilder(
                            "java",
                            "-jar",
                            cli.toString(),
                            "import",
                            documents.toString(),
                            "--no-progress",
                            "--db=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema
                                    + "&reWriteBatchedInserts=true",
                            "--db-user=" + user)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            long start = System.nanoTime();
            Process process = limber.start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("limber import failed with exit " + process.exitValue());
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            drop(url, user, schema);
        }
    }

    /** The exercises as Limber JSON documents of 10,000 each (well under the reader's size limit). */
    private static Path writeDocuments(List<Exercise> exercises, Path folder) throws IOException {
        Files.createDirectories(folder);
        dev.limber.formats.document.DocumentWriter writer = new dev.limber.formats.document.DocumentWriter();
        for (int from = 0, file = 0; from < exercises.size(); from += 10_000, file++) {
            Catalog part = new Catalog(exercises.subList(from, Math.min(exercises.size(), from + 10_000)), List.of());
            Files.writeString(
                    folder.resolve(String.format("part-%03d.json", file)),
                    writer.write(part, dev.limber.formats.document.DocumentFormat.JSON),
                    StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static double timeCopy(String url, String user, Path csv) throws Exception {
        String schema = freshSchema(url, user);
        try {
            migrate(url, user, schema);
            Path script = csv.resolve("copy.sql");
            Files.writeString(
                    script,
                    "BEGIN;\n"
                            + "\\copy " + schema + ".exercise FROM '" + csv.resolve("exercise.csv") + "' CSV\n"
                            + "\\copy " + schema + ".exercise_target FROM '" + csv.resolve("exercise_target.csv")
                            + "' CSV\n"
                            + "\\copy " + schema + ".exercise_text FROM '" + csv.resolve("exercise_text.csv")
                            + "' CSV\n"
                            + "COMMIT;\n");
            String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
            String hostPort = url.replaceAll("^jdbc:postgresql://", "").replaceAll("/.*", "");
            String[] host = hostPort.split(":");
            ProcessBuilder psql = new ProcessBuilder(
                            "psql",
                            "-q",
                            "-v",
                            "ON_ERROR_STOP=1",
                            "-h",
                            host[0],
                            "-p",
                            host.length > 1 ? host[1] : "5432",
                            "-U",
                            user,
                            "-d",
                            database,
                            "-f",
                            script.toString())
                    .inheritIO();
            long start = System.nanoTime();
            Process process = psql.start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("psql \\copy failed");
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            drop(url, user, schema);
        }
    }

    /** Migrates the schema (Flyway, through the store's own start) without timing it. */
    private static void migrate(String url, String user, String schema) {
        try (ApplicationContext migrated = ApplicationContext.run(properties(url, user, schema))) {
            migrated.getBean(Exercises.class).count();
        }
    }

    private static Map<String, Object> properties(String url, String user, String schema) {
        return Map.of(
                "datasources.default.url",
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&reWriteBatchedInserts=true",
                "datasources.default.username",
                user,
                "datasources.default.password",
                "",
                "flyway.datasources.default.schemas",
                schema);
    }

    private static String freshSchema(String url, String user) throws SQLException {
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return schema;
    }

    private static void drop(String url, String user, String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** The same rows the import writes, as CSV for \copy (columns in table order). */
    private static void writeCsv(List<Exercise> exercises, Path folder) throws IOException {
        String now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString();
        try (BufferedWriter rows = Files.newBufferedWriter(folder.resolve("exercise.csv"), StandardCharsets.UTF_8);
                BufferedWriter targets =
                        Files.newBufferedWriter(folder.resolve("exercise_target.csv"), StandardCharsets.UTF_8);
                BufferedWriter texts =
                        Files.newBufferedWriter(folder.resolve("exercise_text.csv"), StandardCharsets.UTF_8)) {
            for (Exercise e : exercises) {
                String id = e.id().value();
                rows.write(String.join(
                        ",",
                        id,
                        quote(e.name()),
                        quote(e.name().toLowerCase(java.util.Locale.ROOT)),
                        e.kind().externalName(),
                        e.laterality().externalName(),
                        // V10: none, unknown or listed; listed items are texts of list E.
                        e.equipment().isUnknown() ? "unknown" : e.equipment().isNone() ? "none" : "listed",
                        "",
                        "",
                        quote(e.source().origin()),
                        "",
                        quote(e.source().license()),
                        "1",
                        now,
                        now,
                        // V9: description, level, mechanic, force, source_author, source_url (none here).
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        // V10: variation_of.
                        ""));
                rows.newLine();
                int position = 0;
                for (Target target : e.primary()) {
                    targets.write(id + ",P," + position++ + "," + target.externalName());
                    targets.newLine();
                }
                position = 0;
                for (Target target : e.secondary()) {
                    targets.write(id + ",S," + position++ + "," + target.externalName());
                    targets.newLine();
                }
                for (int i = 0; i < e.cues().size(); i++) {
                    texts.write(id + ",C," + i + "," + quote(e.cues().get(i)));
                    texts.newLine();
                }
                for (int i = 0; i < e.equipment().items().size(); i++) {
                    texts.write(
                            id + ",E," + i + "," + quote(e.equipment().items().get(i)));
                    texts.newLine();
                }
            }
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
