package dev.limber.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.PageRequest;
import dev.limber.domain.query.ProgramQuery;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How many statements a page costs the database, counted by the database itself (H2's query
 * statistics): a catalog page is one statement whatever its filters, and the total adds one only
 * when it is asked for and the page does not show it. (What a user notices: a list that stays
 * fast under load; counted, not timed, so the check is stable on a noisy machine.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementsTest {
    private Map<String, Object> database;
    private ApplicationContext context;
    private Exercises exercises;
    private Programs programs;

    @BeforeAll
    void open() {
        database = TestDatabases.h2();
        context = ApplicationContext.run(new java.util.HashMap<>(database));
        exercises = context.getBean(Exercises.class);
        programs = context.getBean(Programs.class);
        exercises.addAll(BuiltInCatalog.catalog().exercises());
        BuiltInCatalog.catalog()
                .programs()
                .forEach(program -> programs.save(program, dev.limber.domain.port.ExpectedVersion.absent()));
    }

    @AfterAll
    void close() {
        context.close();
    }

    @Test
    void aCatalogPageIsOneStatementWithEveryFilter() {
        List<ExerciseQuery> queries = List.of(
                ExerciseQuery.all(new PageRequest(0, 5, PageRequest.Total.IF_FREE)),
                new ExerciseQuery(ExerciseKind.STRENGTH, null, null, new PageRequest(0, 2, PageRequest.Total.IF_FREE)),
                new ExerciseQuery(null, Target.HAMSTRINGS, null, new PageRequest(0, 2, PageRequest.Total.IF_FREE)),
                new ExerciseQuery(
                        ExerciseKind.DYNAMIC,
                        Target.HAMSTRINGS,
                        "swing",
                        new PageRequest(0, 2, PageRequest.Total.IF_FREE)));
        for (ExerciseQuery query : queries) {
            List<String> sent = statementsDuring(() -> exercises.search(query));
            assertEquals(1, sent.size(), query + " sent " + sent);
        }
    }

    @Test
    void theTotalCostsASecondStatementOnlyWhenAskedAndNotShownByThePage() {
        Page<?> first = exercises.search(ExerciseQuery.all(new PageRequest(0, 5)));
        assertTrue(first.hasNext());
        assertEquals(
                2,
                statementsDuring(() -> exercises.search(ExerciseQuery.all(new PageRequest(0, 5))))
                        .size());
        Page<?> whole = exercises.search(ExerciseQuery.all(new PageRequest(0, 100)));
        assertFalse(whole.hasNext());
        assertEquals(
                1,
                statementsDuring(() -> exercises.search(ExerciseQuery.all(new PageRequest(0, 100))))
                        .size(),
                "the only page shows the total");
    }

    @Test
    void aProgramPageCountsOnlyWhenAsked() {
        int uncounted = statementsDuring(
                        () -> programs.search(new ProgramQuery(null, new PageRequest(0, 1, PageRequest.Total.IF_FREE))))
                .size();
        int counted = statementsDuring(() -> programs.search(new ProgramQuery(null, new PageRequest(0, 1))))
                .size();
        assertEquals(uncounted + 1, counted);
    }

    /** The queries the database ran while the work ran, each once per execution. */
    private List<String> statementsDuring(Supplier<?> work) {
        execute("SET QUERY_STATISTICS FALSE");
        execute("SET QUERY_STATISTICS TRUE"); // starts the statistics afresh
        work.get();
        List<String> sent = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (result.next()) {
                String sql = result.getString(1);
                // Queries only: not the transaction's CALL READONLY() and COMMIT, nor our own SETs.
                if (sql.startsWith("SELECT") && !sql.contains("QUERY_STATISTICS")) {
                    for (int i = 0; i < result.getInt(2); i++) {
                        sent.add(sql);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        execute("SET QUERY_STATISTICS FALSE");
        return sent;
    }

    private void execute(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                (String) database.get("datasources.default.url"),
                (String) database.get("datasources.default.username"),
                (String) database.get("datasources.default.password"));
    }
}
