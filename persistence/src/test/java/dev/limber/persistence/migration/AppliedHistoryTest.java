package dev.limber.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's side of the start-up shortcut: the migrations found in a runnable jar (as the CLI
 * and the service run) and in a folder (as the tests run), named and summed as Flyway records
 * them. The database's side runs in MigrationContract on H2 and PostgreSQL.
 */
class AppliedHistoryTest {

    @Test
    void migrationsInAJarAreReadAsFlywayRecordsThem(@TempDir Path folder) throws IOException {
        Path jar = jar(
                folder,
                Map.of(
                        "db/migration/V1__catalog_and_programs.sql", "CREATE TABLE a (id INT);\n",
                        "db/migration/more/V1_1__split_version.sql", "SELECT 1;\r\n"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Map<String, AppliedHistory.Migration> found =
                    AppliedHistory.inFolders(loader, List.of("db/migration")).orElseThrow();
            assertEquals(
                    new AppliedHistory.Migration(
                            "1",
                            "catalog and programs",
                            "V1__catalog_and_programs.sql",
                            crc("CREATE TABLE a (id INT);")),
                    found.get("1"));
            assertEquals(
                    new AppliedHistory.Migration("1.1", "split version", "V1_1__split_version.sql", crc("SELECT 1;")),
                    found.get("1.1"),
                    "subfolders are scanned and the version's underscore is Flyway's dot");
            assertEquals(2, found.size());
        }
    }

    @Test
    void anythingButAVersionedSqlMigrationLeavesTheDecisionToFlyway(@TempDir Path folder) throws IOException {
        for (String other : List.of(
                "db/migration/R__repeatable_view.sql", "db/migration/afterMigrate.sql", "db/migration/README.txt")) {
            Path jar = jar(folder, Map.of("db/migration/V1__first.sql", "SELECT 1;", other, "SELECT 2;"));
            try (URLClassLoader loader =
                    new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                assertTrue(
                        AppliedHistory.inFolders(loader, List.of("db/migration"))
                                .isEmpty(),
                        other);
            }
        }
        Path twice = jar(folder, Map.of("db/migration/V1__first.sql", "SELECT 1;", "db/migration/V1__again.sql", "x"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {twice.toUri().toURL()}, null)) {
            assertTrue(AppliedHistory.inFolders(loader, List.of("db/migration")).isEmpty(), "a version twice");
        }
    }

    @Test
    void theChecksumIgnoresLineBreaksAndAByteOrderMarkAsFlywayDoes() throws IOException {
        int plain = AppliedHistory.checksum(stream("SELECT 1;\nSELECT 2;\n"));
        assertEquals(plain, AppliedHistory.checksum(stream("\uFEFFSELECT 1;\r\nSELECT 2;")));
        assertEquals(crc("SELECT 1;SELECT 2;"), plain);
    }

    @Test
    void thisBuildsOwnMigrationsAreAllPlainVersionedFiles() {
        Map<String, AppliedHistory.Migration> h2 = AppliedHistory.inFolders(
                        AppliedHistory.class.getClassLoader(), List.of("db/migration", "db/vendor/h2"))
                .orElseThrow();
        assertTrue(h2.containsKey("1") && h2.containsKey("2"), h2.keySet().toString());
    }

    private static int crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path jar(Path folder, Map<String, String> files) throws IOException {
        Path jar = Files.createTempFile(folder, "migrations", ".jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream entries = new JarOutputStream(out)) {
            // Folder entries too, as the build's runnable jars have them.
            java.util.Set<String> folders = new java.util.TreeSet<>();
            for (String name : files.keySet()) {
                for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                    folders.add(name.substring(0, slash + 1));
                }
            }
            for (String name : folders) {
                entries.putNextEntry(new JarEntry(name));
                entries.closeEntry();
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                entries.putNextEntry(new JarEntry(file.getKey()));
                entries.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
        return jar;
    }
}
