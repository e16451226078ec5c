package dev.limber.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.Limits;
import dev.limber.domain.Named;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.PhaseKind;
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
    /** The schema's columns of text (character varying or fixed). */
    private final java.util.Set<String> textColumns = new java.util.TreeSet<>();

    abstract Map<String, Object> database();

    @BeforeAll
    void readColumns() {
        database = database();
        try (ApplicationContext context = ApplicationContext.run(new HashMap<>(database))) {
            context.getBean(Jdbc.class).read(connection -> {
                DatabaseMetaData meta = connection.getMetaData();
                try (ResultSet columns = meta.getColumns(null, connection.getSchema(), null, null)) {
                    while (columns.next()) {
                        String column = (columns.getString("TABLE_NAME") + "." + columns.getString("COLUMN_NAME"))
                                .toLowerCase(Locale.ROOT);
                        sizes.put(column, columns.getInt("COLUMN_SIZE"));
                        int type = columns.getInt("DATA_TYPE");
                        if ((type == java.sql.Types.VARCHAR || type == java.sql.Types.CHAR)
                                && !column.startsWith("flyway_schema_history.")) {
                            textColumns.add(column);
                        }
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

    /**
     * Every text the model stores, by column, with the most it can hold: a limit of the model, or
     * the longest name of a closed set, or a one-letter code the adapter writes.
     */
    private static Map<String, Integer> modelTexts() {
        Map<String, Integer> texts = new java.util.TreeMap<>();
        texts.put("exercise.id", Limits.SLUG);
        texts.put("exercise.name", Limits.NAME);
        texts.put("exercise.name_key", 2 * Limits.NAME);
        texts.put("exercise.kind", longestName(ExerciseKind.class));
        texts.put("exercise.laterality", longestName(Laterality.class));
        // Issue 14: which of none, unknown, listed; listed items are exercise_text rows (list 'E').
        texts.put("exercise.equipment", "unknown".length());
        texts.put("exercise.starting_position", Limits.PARAGRAPH);
        texts.put("exercise.caution", Limits.PARAGRAPH);
        texts.put("exercise.source_origin", Limits.SOURCE_TEXT);
        texts.put("exercise.source_original_id", Limits.SOURCE_TEXT);
        texts.put("exercise.source_license", Limits.SOURCE_TEXT);
        texts.put("exercise_target.exercise_id", Limits.SLUG);
        texts.put("exercise_target.role", 1);
        texts.put("exercise_target.target", longestName(Target.class));
        texts.put("exercise_text.exercise_id", Limits.SLUG);
        texts.put("exercise_text.list", 1);
        texts.put("exercise_text.content", Limits.PARAGRAPH);
        texts.put("program.id", Limits.SLUG);
        texts.put("program.name", Limits.NAME);
        texts.put("program.name_key", 2 * Limits.NAME);
        texts.put("program.description", Limits.DESCRIPTION);
        texts.put("program_tag.program_id", Limits.SLUG);
        texts.put("program_tag.tag", Limits.SLUG);
        texts.put("program_session.program_id", Limits.SLUG);
        texts.put("program_session.name", Limits.NAME);
        texts.put("program_session.days", "mon,tue,wed,thu,fri,sat,sun".length());
        texts.put("program_phase.program_id", Limits.SLUG);
        texts.put("program_phase.kind", longestName(PhaseKind.class));
        texts.put("program_step.program_id", Limits.SLUG);
        texts.put("program_step.circuit_name", Limits.NAME);
        texts.put("program_step_item.program_id", Limits.SLUG);
        texts.put("program_step_item.exercise_id", Limits.SLUG);
        texts.put("program_step_item.dose_kind", 1);
        texts.put("program_step_item.dose_source", longestName(DoseSource.class));
        texts.put("program_step_item.note", Limits.PARAGRAPH);
        // The longest written forms the domain's grammars allow (issue 15): a weight of at most
        // 2000 with three decimals, over body weight; four tempo phases of at most 30 s; a distance
        // of six digits and three decimals in metres.
        texts.put("program_step_item.load_spec", "bodyweight+2000.000kg".length());
        texts.put("program_step_item.tempo", "30-30-30-30".length());
        texts.put("program_step_item.distance", "100000.000m".length());
        texts.put("program_step_item.progression", dev.limber.domain.program.Progression.MAX_TEXT);
        texts.put("program_step_item.ramp_up", dev.limber.domain.program.RampUpSets.MAX_TEXT);
        texts.put("exercise.description", Limits.EXERCISE_DESCRIPTION);
        texts.put("exercise.level", longestName(dev.limber.domain.exercise.Level.class));
        texts.put("exercise.mechanic", longestName(dev.limber.domain.exercise.Mechanic.class));
        texts.put("exercise.force", longestName(dev.limber.domain.exercise.Force.class));
        texts.put("exercise.source_author", Limits.SOURCE_AUTHOR);
        texts.put("exercise.source_url", Limits.SOURCE_URL);
        // Issue 14: equipment items (exercise_text.content, above), media, variationOf.
        assertTrue(Limits.EQUIPMENT <= Limits.PARAGRAPH, "equipment items are kept as exercise_text.content");
        texts.put("exercise.variation_of", Limits.SLUG);
        texts.put("exercise_media.exercise_id", Limits.SLUG);
        texts.put("exercise_media.kind", longestName(dev.limber.domain.exercise.MediaKind.class));
        texts.put("exercise_media.reference", Limits.MEDIA_REFERENCE);
        texts.put("exercise_media.license", Limits.SOURCE_TEXT);
        texts.put("exercise_media.author", Limits.SOURCE_TEXT);
        return texts;
    }

    private static <E extends Enum<E> & Named> int longestName(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .mapToInt(e -> e.externalName().length())
                .max()
                .orElseThrow();
    }

    /**
     * Issue 14: every text column of the migrated schema is in {@link #modelTexts()}, so a column
     * added by a migration cannot hold less than the model accepts without this test naming it.
     */
    @Test
    void everyTextColumnOfTheSchemaIsCheckedAgainstTheModel() {
        assertEquals(textColumns, modelTexts().keySet());
    }

    @Test
    void everyTextOfTheModelFitsItsColumn() {
        modelTexts().forEach(this::fits);
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
