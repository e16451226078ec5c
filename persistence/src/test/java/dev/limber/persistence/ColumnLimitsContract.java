package dev.limber.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.Limits;
import dev.limber.persistence.transaction.Jdbc;
import io.micronaut.context.ApplicationContext;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 12: every limit of the model fits its column, as the migrated schema declares it, so the
 * store never refuses (with SQL) what the model accepts. A lower-cased search key holds twice
 * its name: lower-casing can lengthen a text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ColumnLimitsContract {
    private Map<String, Object> database;
    private final Map<String, Integer> sizes = new HashMap<>();

    abstract Map<String, Object> database();

    @BeforeAll
    void readColumns() {
        database = database();
        try (ApplicationContext context = ApplicationContext.run(new HashMap<>(database))) {
            context.getBean(Jdbc.class).read(connection -> {
                DatabaseMetaData meta = connection.getMetaData();
                try (ResultSet columns = meta.getColumns(null, connection.getSchema(), null, null)) {
                    while (columns.next()) {
                        sizes.put(
                                (columns.getString("TABLE_NAME") + "." + columns.getString("COLUMN_NAME"))
                                        .toLowerCase(Locale.ROOT),
                                columns.getInt("COLUMN_SIZE"));
                    }
                }
                return null;
            });
        }
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            TestDatabases.cleanUp(database);
        }
    }

    private void fits(String column, int limit) {
        Integer size = sizes.get(column);
        assertTrue(size != null, "no column " + column + " in " + sizes.keySet());
        assertTrue(limit <= size, column + " holds " + size + " characters, the model allows " + limit);
    }

    @Test
    void everyTextLimitOfAnExerciseFitsItsColumn() {
        fits("exercise.id", Limits.SLUG);
        fits("exercise.name", Limits.NAME);
        fits("exercise.name_key", 2 * Limits.NAME);
        fits("exercise.equipment", Limits.EQUIPMENT);
        fits("exercise.starting_position", Limits.PARAGRAPH);
        fits("exercise.caution", Limits.PARAGRAPH);
        fits("exercise.source_origin", Limits.SOURCE_TEXT);
        fits("exercise.source_original_id", Limits.SOURCE_TEXT);
        fits("exercise.source_license", Limits.SOURCE_TEXT);
        fits("exercise_text.content", Limits.PARAGRAPH);
        fits("exercise_target.exercise_id", Limits.SLUG);
        fits("exercise_text.exercise_id", Limits.SLUG);
    }

    @Test
    void everyTextLimitOfAProgramFitsItsColumn() {
        fits("program.id", Limits.SLUG);
        fits("program.name", Limits.NAME);
        fits("program.name_key", 2 * Limits.NAME);
        fits("program.description", Limits.DESCRIPTION);
        fits("program_tag.tag", Limits.SLUG);
        fits("program_session.name", Limits.NAME);
        fits("program_step.circuit_name", Limits.NAME);
        fits("program_step_item.exercise_id", Limits.SLUG);
        fits("program_step_item.note", Limits.PARAGRAPH);
    }

    @Test
    void everyDurationFitsItsSecondsColumn() {
        for (java.time.Duration limit : new java.time.Duration[] {Limits.WORK, Limits.REST, Limits.HOLD}) {
            assertTrue(
                    limit.getSeconds() * 100 * 2 * 50 < Integer.MAX_VALUE, limit + " stays far below 32-bit seconds");
        }
        fits("program_step_item.rest_s", 1);
        fits("program_step_item.hold_s", 1);
        fits("program_step.round_rest_s", 1);
    }
}
