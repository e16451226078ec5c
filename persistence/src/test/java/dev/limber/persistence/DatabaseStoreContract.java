package dev.limber.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.port.contract.StoreContract;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.usecase.ClashingIdsException;
import dev.limber.domain.usecase.ConflictPolicy;
import dev.limber.domain.usecase.ImportCatalog;
import dev.limber.persistence.transaction.Jdbc;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The domain's store contract on the database adapter, in a Micronaut context on one database
 * (subclasses say which), and what only a database can show: the rows under the ports, and two
 * service instances sharing the data.
 */
abstract class DatabaseStoreContract extends StoreContract {
    private Map<String, Object> database;
    private ApplicationContext context;

    abstract Map<String, Object> database();

    @Override
    protected Ports open() {
        database = database();
        context = ApplicationContext.run(properties());
        return new Ports(
                context.getBean(Exercises.class), context.getBean(Programs.class), context.getBean(Transactions.class));
    }

    @Override
    protected void close() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            TestDatabases.cleanUp(database);
        }
    }

    private Map<String, Object> properties() {
        return new HashMap<>(database);
    }

    /** Counts a table's rows on a connection of its own, past the adapter. */
    long rows(String table) {
        try (Connection connection = DriverManager.getConnection(
                        (String) database.get("datasources.default.url"),
                        (String) database.get("datasources.default.username"),
                        (String) database.get("datasources.default.password"));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows of " + table, e);
        }
    }

    /**
     * Reads in one read unit (a stored program's findings: the program, then its exercises) run on
     * one connection, in one transaction; outside a unit each read takes its own.
     */
    @Test
    void readsInOneReadUnitShareOneConnection() {
        Jdbc jdbc = context.getBean(Jdbc.class);
        List<Connection> inOneUnit = transactions.reading(
                () -> List.of(jdbc.read(connection -> connection), jdbc.read(connection -> connection)));
        assertSame(inOneUnit.get(0), inOneUnit.get(1));
        assertNotSame(jdbc.read(connection -> connection), jdbc.read(connection -> connection));
    }

    @Test
    void replacingAProgramLeavesNoOrphanRows() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        Program smaller = everyFeatureSmaller();
        programs.save(smaller, ExpectedVersion.exactly(1));
        assertEquals(1, rows("program_step_item"));
        assertEquals(1, rows("program_session"));
        assertEquals(0, rows("program_tag"));
    }

    @Test
    void anImportThatFailsHalfwayLeavesEveryTableAsBefore() {
        storeBasics();
        programs.save(everyFeature(), ExpectedVersion.absent());
        List<Long> before = List.of(
                rows("exercise"),
                rows("exercise_target"),
                rows("exercise_text"),
                rows("program"),
                rows("program_step_item"));
        Exercise fresh = exercise("dead-bug", "Dead Bug", ExerciseKind.STRENGTH, Target.ABDOMINALS);
        Catalog catalog = new Catalog(List.of(fresh), List.of(rename(everyFeature(), "Changed")));
        assertThrows(
                ClashingIdsException.class,
                () -> new ImportCatalog(exercises, programs, transactions)
                        .run(new ImportCatalog.Command(catalog, ConflictPolicy.FAIL, ImportCatalog.Mode.WRITE)));
        assertEquals(
                before,
                List.of(
                        rows("exercise"),
                        rows("exercise_target"),
                        rows("exercise_text"),
                        rows("program"),
                        rows("program_step_item")));
    }

    @Test
    void twoServiceInstancesOnOneDatabaseNeverLoseAnUpdate() {
        storeBasics();
        long version = programs.save(everyFeature(), ExpectedVersion.absent()).version();
        try (ApplicationContext other = ApplicationContext.run(properties())) {
            Programs otherPrograms = other.getBean(Programs.class);
            // Both instances read version 1; instance A writes first, then B writes on what it read.
            programs.save(rename(everyFeature(), "Instance A"), ExpectedVersion.exactly(version));
            ConflictException refused = assertThrows(
                    ConflictException.class,
                    () -> otherPrograms.save(rename(everyFeature(), "Instance B"), ExpectedVersion.exactly(version)));
            assertEquals(ConflictException.Reason.STALE_VERSION, refused.reason());
            assertEquals(
                    "Instance A",
                    otherPrograms
                            .find(ProgramId.of("every-feature"))
                            .orElseThrow()
                            .value()
                            .name());
        }
    }
}
