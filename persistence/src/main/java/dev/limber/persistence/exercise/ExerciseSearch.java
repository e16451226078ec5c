package dev.limber.persistence.exercise;

import dev.limber.domain.query.ExerciseQuery;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One catalog page in one statement: the page's rows sorted by the lower-cased name then id (the
 * {@code (name_key, id)} index), one row more than the page holds (it only says that another page
 * follows, so no count is needed), and each row's targets and texts as arrays of the same row,
 * in their order (since issue 14 also aliases, equipment items and media). The page is cut first (the inner query) and the arrays are read for its
 * rows only. The count of all matches is a second statement, sent only when the total is asked for.
 * Hand-written, not Micronaut Data's page queries: those always count, and read the lists in
 * further statements (docs/benchmarks.md, "Issue 19").
 */
final class ExerciseSearch {
    static final String TARGETED = "e.id IN (SELECT t.exercise_id FROM exercise_target t WHERE t.target IN (";

    private static final String LISTS = ", ARRAY(SELECT t.target FROM exercise_target t"
            + " WHERE t.exercise_id = p.id AND t.role = '" + ExerciseListRows.PRIMARY + "' ORDER BY t.position)"
            + ", ARRAY(SELECT t.target FROM exercise_target t"
            + " WHERE t.exercise_id = p.id AND t.role = '" + ExerciseListRows.SECONDARY + "' ORDER BY t.position)"
            + ", ARRAY(SELECT x.content FROM exercise_text x"
            + " WHERE x.exercise_id = p.id AND x.list = '" + ExerciseListRows.CUE + "' ORDER BY x.position)"
            + ", ARRAY(SELECT x.content FROM exercise_text x"
            + " WHERE x.exercise_id = p.id AND x.list = '" + ExerciseListRows.VARIATION + "' ORDER BY x.position)"
            + ", ARRAY(SELECT x.content FROM exercise_text x"
            + " WHERE x.exercise_id = p.id AND x.list = '" + ExerciseListRows.ALIAS + "' ORDER BY x.position)"
            // Issue 14: equipment items, and media as four arrays of the same order (author NULL where none).
            + ", ARRAY(SELECT x.content FROM exercise_text x"
            + " WHERE x.exercise_id = p.id AND x.list = '" + ExerciseListRows.EQUIPMENT + "' ORDER BY x.position)"
            + ", ARRAY(SELECT m.kind FROM exercise_media m WHERE m.exercise_id = p.id ORDER BY m.position)"
            + ", ARRAY(SELECT m.reference FROM exercise_media m WHERE m.exercise_id = p.id ORDER BY m.position)"
            + ", ARRAY(SELECT m.license FROM exercise_media m WHERE m.exercise_id = p.id ORDER BY m.position)"
            + ", ARRAY(SELECT m.author FROM exercise_media m WHERE m.exercise_id = p.id ORDER BY m.position)";

    /** How many arrays {@link #LISTS} adds to a row. */
    private static final int ARRAYS = 10;

    /**
     * A name or an alias containing the text. The aliases' condition is the one V9's partial
     * trigram index serves on PostgreSQL ({@code list = 'A'}, {@code LOWER(content)}).
     */
    static final String NAMED = "(e.name_key LIKE ? OR e.id IN (SELECT a.exercise_id FROM exercise_text a"
            + " WHERE a.list = '" + ExerciseListRows.ALIAS + "' AND LOWER(a.content) LIKE ?))";

    /** A statement and the values it binds, in order. */
    record Statement(String sql, List<Object> values) {
        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                return statement;
            } catch (SQLException | RuntimeException failed) {
                statement.close();
                throw failed;
            }
        }
    }

    /** One row of a page: the exercise's own row and its lists. */
    record PageRow(
            ExerciseRow row,
            List<String> primary,
            List<String> secondary,
            List<String> cues,
            List<String> variations,
            List<String> aliases,
            List<String> equipment,
            List<ExerciseListRows.MediaRow> media) {}

    private ExerciseSearch() {}

    /** The page's rows and one more, with their lists. */
    static Statement page(ExerciseQuery query) {
        Statement filter = filter(query);
        List<Object> values = new ArrayList<>(filter.values());
        values.add(query.page().size() + 1);
        values.add(query.page().offset());
        return new Statement(
                "SELECT p.*" + LISTS + " FROM (SELECT " + ExerciseRow.COLUMNS + " FROM exercise e" + filter.sql()
                        + " ORDER BY e.name_key, e.id LIMIT ? OFFSET ?) p ORDER BY p.name_key, p.id",
                values);
    }

    /** The number of all matches. */
    static Statement count(ExerciseQuery query) {
        Statement filter = filter(query);
        return new Statement("SELECT COUNT(*) FROM exercise e" + filter.sql(), filter.values());
    }

    /** Runs {@link #page} and reads its rows. */
    static List<PageRow> rows(Connection connection, ExerciseQuery query) throws SQLException {
        List<PageRow> rows = new ArrayList<>(query.page().size() + 1);
        try (PreparedStatement statement = page(query).prepare(connection);
                ResultSet result = statement.executeQuery()) {
            int lists = result.getMetaData().getColumnCount() - ARRAYS + 1;
            while (result.next()) {
                ExerciseRow row = ExerciseRow.read(result);
                List<String> kinds = strings(result.getArray(lists + 6));
                List<String> references = strings(result.getArray(lists + 7));
                List<String> licenses = strings(result.getArray(lists + 8));
                List<String> authors = strings(result.getArray(lists + 9));
                List<ExerciseListRows.MediaRow> media = new ArrayList<>(kinds.size());
                for (int i = 0; i < kinds.size(); i++) {
                    media.add(new ExerciseListRows.MediaRow(
                            row.id(), i, kinds.get(i), references.get(i), licenses.get(i), authors.get(i)));
                }
                rows.add(new PageRow(
                        row,
                        strings(result.getArray(lists)),
                        strings(result.getArray(lists + 1)),
                        strings(result.getArray(lists + 2)),
                        strings(result.getArray(lists + 3)),
                        strings(result.getArray(lists + 4)),
                        strings(result.getArray(lists + 5)),
                        media));
            }
        }
        return rows;
    }

    /** Runs {@link #count}. */
    static long total(Connection connection, ExerciseQuery query) throws SQLException {
        try (PreparedStatement statement = count(query).prepare(connection);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            Object[] values = (Object[]) array.getArray();
            List<String> strings = new ArrayList<>(values.length);
            for (Object value : values) {
                strings.add((String) value);
            }
            return strings;
        } finally {
            array.free();
        }
    }

    /** The WHERE clause of the filters the query has (empty for none), and its values. */
    private static Statement filter(ExerciseQuery query) {
        List<String> conditions = new ArrayList<>(3);
        List<Object> values = new ArrayList<>(3);
        query.kindFilter().ifPresent(kind -> {
            conditions.add("e.kind = ?");
            values.add(kind.externalName());
        });
        query.textFilter().ifPresent(text -> {
            conditions.add(NAMED);
            values.add(containing(text));
            values.add(containing(text));
        });
        query.targetFilter().ifPresent(target -> {
            // An area is met by its finer parts too (shoulders by front-delts): the area and each part.
            List<String> names = new ArrayList<>();
            names.add(target.externalName());
            target.parts().forEach(part -> names.add(part.externalName()));
            conditions.add(TARGETED + String.join(", ", Collections.nCopies(names.size(), "?")) + "))");
            values.addAll(names);
        });
        query.variationOfFilter().ifPresent(parent -> {
            conditions.add("e.variation_of = ?");
            values.add(parent.value());
        });
        return new Statement(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
    }

    /**
     * The LIKE pattern of names containing the text, taken literally: LIKE's wildcards in it are
     * escaped with a backslash, the default escape of both PostgreSQL and H2.
     */
    static String containing(String text) {
        String literal = ExerciseRow.nameKey(text)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }
}
