package dev.limber.persistence.migration;

import io.micronaut.context.env.Environment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Whether the database's schema history already records exactly the migrations this build
 * carries, told with one query and without starting Flyway. Flyway's own migrate validates every
 * applied migration against its file first, and starting it (its plugins, its JSON library) was
 * about a fifth of a CLI command that reads one stored program (docs/benchmarks.md).
 *
 * <p>Only an exact match answers yes: every migration file of this build applied successfully,
 * with the same version, description, script and checksum as Flyway computes them, and no other
 * row. Anything else (an empty database, a pending, newer, failed, edited or baselined history,
 * a file that is not a plain versioned SQL migration, Flyway settings beyond {@code enabled},
 * {@code locations} and a single schema in {@code schemas}, a query that fails) answers no,
 * and Flyway migrates and validates as before, with its own messages.
 */
public final class AppliedHistory {
    static final String PREFIX = "flyway.datasources.default";
    /** The settings whose effect this check knows; any other Flyway setting leaves the decision to Flyway. */
    private static final Set<String> KNOWN_SETTINGS = Set.of("enabled", "locations", "schemas");

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    /** An unquoted identifier that means the same on H2 (DATABASE_TO_LOWER) and PostgreSQL. */
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private static final String TABLE = "flyway_schema_history";

    /** One migration as the history records it. */
    record Migration(String version, String description, String script, int checksum) {}

    private AppliedHistory() {}

    /**
     * True when the history of the database behind {@code dataSource} records exactly this
     * build's migrations; false whenever that cannot be told for sure.
     */
    public static boolean matchesThisBuild(DataSource dataSource, Environment environment) {
        Optional<String> table = historyTable(environment);
        if (table.isEmpty()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            String vendor = VendorMigrations.vendor(connection);
            List<String> folders = new ArrayList<>();
            for (String location : locations(environment)) {
                if (!location.startsWith("classpath:")) {
                    return false; // Flyway's other kinds of location: left to Flyway
                }
                folders.add(location.substring("classpath:".length()));
            }
            folders.add(VendorMigrations.VENDOR_ROOT.substring("classpath:".length()) + vendor);
            Optional<Map<String, Migration>> build = inFolders(AppliedHistory.class.getClassLoader(), folders);
            // Asked first, so that a new database is not sent a query that fails (H2 would log
            // it to a trace file beside the database, PostgreSQL to its server log).
            return build.isPresent()
                    && exists(connection, table.get())
                    && build.get().equals(applied(connection, table.get()));
        } catch (SQLException | RuntimeException cannotTell) {
            return false; // no history table yet, an unreachable database: Flyway says what it is
        }
    }

    /** The history table, qualified with the configured schema; empty for settings this check does not know. */
    static Optional<String> historyTable(Environment environment) {
        for (String key : environment.getPropertyEntries(PREFIX)) {
            if (!KNOWN_SETTINGS.contains(key)) {
                return Optional.empty();
            }
        }
        Optional<String> schemas = environment.getProperty(PREFIX + ".schemas", String.class);
        if (schemas.isEmpty() || schemas.get().isBlank()) {
            return Optional.of(TABLE);
        }
        // One schema only: with several, Flyway's migrate also creates the others when missing.
        String schema = schemas.get().strip();
        return PLAIN_IDENTIFIER.matcher(schema).matches() ? Optional.of(schema + "." + TABLE) : Optional.empty();
    }

    private static List<String> locations(Environment environment) {
        String configured =
                environment.getProperty(PREFIX + ".locations", String.class).orElse("classpath:db/migration");
        return Stream.of(configured.split(","))
                .map(String::strip)
                .filter(location -> !location.isEmpty())
                .toList();
    }

    /**
     * The versioned migrations in these class-path folders (and their subfolders, as Flyway
     * scans them), by version; empty when a folder holds anything else or cannot be listed.
     */
    static Optional<Map<String, Migration>> inFolders(ClassLoader loader, Collection<String> folders) {
        Map<String, Migration> migrations = new HashMap<>();
        try {
            for (String folder : folders) {
                String root = folder.endsWith("/") ? folder : folder + "/";
                Enumeration<URL> places = loader.getResources(root);
                if (!places.hasMoreElements()) {
                    return Optional.empty(); // a location Flyway would warn about: Flyway's to tell
                }
                while (places.hasMoreElements()) {
                    for (String resource : list(places.nextElement(), root)) {
                        Optional<Migration> migration = migration(loader, resource);
                        if (migration.isEmpty()
                                || migrations.put(migration.get().version(), migration.get()) != null) {
                            return Optional.empty(); // not a versioned migration, or a version twice
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | UnsupportedOperationException unlisted) {
            return Optional.empty();
        }
        return Optional.of(migrations);
    }

    /** The resources (files, not folders) under {@code root} at this place of the class path. */
    private static List<String> list(URL place, String root) throws IOException, URISyntaxException {
        List<String> resources = new ArrayList<>();
        switch (place.getProtocol()) {
            case "file" -> {
                Path folder = Path.of(place.toURI());
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(Files::isRegularFile)
                            .forEach(file -> resources.add(
                                    root + folder.relativize(file).toString().replace('\\', '/')));
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) place.openConnection();
                connection.setUseCaches(true); // the class loader's own open jar, not a second copy
                JarFile jar = connection.getJarFile();
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith(root)) {
                        resources.add(entry.getName());
                    }
                }
            }
            default -> throw new UnsupportedOperationException("cannot list " + place);
        }
        return resources;
    }

    private static Optional<Migration> migration(ClassLoader loader, String resource) throws IOException {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        Matcher name = VERSIONED.matcher(file);
        if (!name.matches()) {
            return Optional.empty();
        }
        try (InputStream input = loader.getResourceAsStream(resource)) {
            if (input == null) {
                return Optional.empty();
            }
            return Optional.of(new Migration(
                    name.group(1).replace('_', '.'), name.group(2).replace('_', ' '), file, checksum(input)));
        }
    }

    /**
     * Flyway's checksum of a SQL migration: CRC32 over the file's lines read as UTF-8, without
     * line breaks and without a byte-order mark at a line's start.
     */
    static int checksum(InputStream input) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 4096);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    /** Whether the (possibly schema-qualified) table exists, as the database's metadata lists it. */
    private static boolean exists(Connection connection, String table) throws SQLException {
        int dot = table.lastIndexOf('.');
        String schema = dot < 0 ? connection.getSchema() : table.substring(0, dot);
        String name = table.substring(dot + 1);
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, name, null)) {
            return tables.next();
        }
    }

    /**
     * The successful SQL migrations the history records, by version; an unusual row (failed,
     * baseline, Java, repeatable, deleted) makes the map differ from any build's.
     */
    private static Map<String, Migration> applied(Connection connection, String table) throws SQLException {
        Map<String, Migration> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, description, type, script, checksum, success FROM " + table)) {
            while (rows.next()) {
                String version = rows.getString(1);
                String type = rows.getString(3);
                if (version == null && ("TABLE".equals(type) || "SCHEMA".equals(type))) {
                    continue; // Flyway's markers of the table (or schema) it created
                }
                int checksum = rows.getInt(5);
                boolean usual = version != null && "SQL".equals(type) && !rows.wasNull() && rows.getBoolean(6);
                Migration migration = new Migration(
                        usual ? version : "unusual row " + applied.size(),
                        rows.getString(2),
                        rows.getString(4),
                        checksum);
                if (applied.put(migration.version(), migration) != null) {
                    applied.put("version twice " + version, migration);
                }
            }
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
        return applied;
    }
}
