package dev.limber.cli;

import dev.limber.cli.wiring.OpenStore;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.persistence.TestDatabases;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the CLI against a real database, which subclasses name (H2 always, PostgreSQL when
 * {@code LIMBER_TEST_PG_URL} is set). The test holds its own context on the same database to
 * check what the commands left there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreTest {
    Map<String, Object> database;
    ApplicationContext store;

    @TempDir
    Path folder;

    /** A fresh database's properties: {@code TestDatabases.h2()} or {@code postgres()}. */
    abstract Map<String, Object> database();

    @BeforeAll
    void openStore() {
        database = database();
        store = seededStore(database);
    }

    /** A context on the database, seeded as the CLI seeds it: commands find the built-in catalog. */
    static ApplicationContext seededStore(Map<String, Object> database) {
        ApplicationContext context =
                ApplicationContext.builder().properties(new HashMap<>(database)).build();
        OpenStore.seedAnEmptyStoreAtStart(context);
        return context.start();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
        if (database != null) {
            TestDatabases.cleanUp(database);
        }
    }

    /** Runs {@code limber ARGS} against this test's database. */
    CliRun limber(String... args) {
        return limberOn(database, args);
    }

    static CliRun limberOn(Map<String, Object> database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(CliRun.databaseOptions(database));
        return CliRun.of(all.toArray(String[]::new));
    }

    Path file(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** A file under {@code src/test/resources/fixtures}. */
    static Path fixture(String name) {
        try {
            var url = StoreTest.class.getResource("/fixtures/" + name);
            if (url == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    long exercises() {
        return store.getBean(Exercises.class).count();
    }

    long programs() {
        return store.getBean(Programs.class).count();
    }
}
