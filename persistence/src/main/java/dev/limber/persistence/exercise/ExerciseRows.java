package dev.limber.persistence.exercise;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.Stored;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exercise aggregate in rows: one {@code exercise} row, its targets and its texts (cues and
 * variations), each list kept in order by a position column. Maps rows to domain records and
 * back; nothing outside this package sees a row.
 */
final class ExerciseRows {
    private static final String INSERT_EXERCISE = "INSERT INTO exercise (id, name, name_key, kind, laterality,"
            + " equipment, starting_position, caution, source_origin, source_original_id, source_license,"
            + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_EXERCISE = "UPDATE exercise SET name = ?, name_key = ?, kind = ?,"
            + " laterality = ?, equipment = ?, starting_position = ?, caution = ?, source_origin = ?,"
            + " source_original_id = ?, source_license = ?, version = version + 1, updated_at = ?"
            + " WHERE id = ? AND version = ?";
    private static final String INSERT_TARGET =
            "INSERT INTO exercise_target (exercise_id, role, position, target) VALUES (?, ?, ?, ?)";
    private static final String INSERT_TEXT =
            "INSERT INTO exercise_text (exercise_id, list, position, content) VALUES (?, ?, ?, ?)";
    private static final String PRIMARY = "P";
    private static final String SECONDARY = "S";
    private static final String CUE = "C";
    private static final String VARIATION = "V";

    private ExerciseRows() {}

    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Inserts exercises and their lists in three JDBC batches. */
    static void insert(Connection connection, Collection<Exercise> exercises, OffsetDateTime at) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(INSERT_EXERCISE);
                PreparedStatement targets = connection.prepareStatement(INSERT_TARGET);
                PreparedStatement texts = connection.prepareStatement(INSERT_TEXT)) {
            for (Exercise exercise : exercises) {
                rows.setString(1, exercise.id().value());
                int next = bindColumns(rows, exercise, 2);
                rows.setLong(next, 1L);
                rows.setObject(next + 1, at);
                rows.setObject(next + 2, at);
                rows.addBatch();
                addLists(targets, texts, exercise);
            }
            rows.executeBatch();
            targets.executeBatch();
            texts.executeBatch();
        }
    }

    /** Updates one exercise if it still has the version read; returns false when it has not. */
    static boolean update(Connection connection, Exercise exercise, long version, OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement row = connection.prepareStatement(UPDATE_EXERCISE)) {
            int next = bindColumns(row, exercise, 1);
            row.setObject(next, at);
            row.setString(next + 1, exercise.id().value());
            row.setLong(next + 2, version);
            if (row.executeUpdate() == 0) {
                return false;
            }
        }
        deleteLists(connection, exercise.id().value());
        try (PreparedStatement targets = connection.prepareStatement(INSERT_TARGET);
                PreparedStatement texts = connection.prepareStatement(INSERT_TEXT)) {
            addLists(targets, texts, exercise);
            targets.executeBatch();
            texts.executeBatch();
        }
        return true;
    }

    private static int bindColumns(PreparedStatement statement, Exercise exercise, int first) throws SQLException {
        int i = first;
        statement.setString(i++, exercise.name());
        statement.setString(i++, nameKey(exercise.name()));
        statement.setString(i++, exercise.kind().externalName());
        statement.setString(i++, exercise.laterality().externalName());
        statement.setString(i++, exercise.equipment());
        statement.setString(i++, exercise.startingPosition());
        statement.setString(i++, exercise.caution());
        statement.setString(i++, exercise.source().origin());
        statement.setString(i++, exercise.source().originalId());
        statement.setString(i++, exercise.source().license());
        return i;
    }

    private static void addLists(PreparedStatement targets, PreparedStatement texts, Exercise exercise)
            throws SQLException {
        String id = exercise.id().value();
        addTargets(targets, id, PRIMARY, exercise.primary());
        addTargets(targets, id, SECONDARY, exercise.secondary());
        addTexts(texts, id, CUE, exercise.cues());
        addTexts(texts, id, VARIATION, exercise.variations());
    }

    private static void addTargets(PreparedStatement statement, String id, String role, List<Target> targets)
            throws SQLException {
        for (int i = 0; i < targets.size(); i++) {
            statement.setString(1, id);
            statement.setString(2, role);
            statement.setInt(3, i);
            statement.setString(4, targets.get(i).externalName());
            statement.addBatch();
        }
    }

    private static void addTexts(PreparedStatement statement, String id, String list, List<String> texts)
            throws SQLException {
        for (int i = 0; i < texts.size(); i++) {
            statement.setString(1, id);
            statement.setString(2, list);
            statement.setInt(3, i);
            statement.setString(4, texts.get(i));
            statement.addBatch();
        }
    }

    static void deleteLists(Connection connection, String id) throws SQLException {
        for (String table : List.of("exercise_target", "exercise_text")) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE exercise_id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }

    /** Loads whole exercises for the ids given, in that order; missing ids are left out. */
    static List<Stored<Exercise>> load(Connection connection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = placeholders(ids.size());
        Map<String, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name, kind, laterality, equipment,"
                + " starting_position, caution, source_origin, source_original_id, source_license, version,"
                + " updated_at FROM exercise WHERE id IN (" + in + ")")) {
            bindAll(select, ids);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Row row = new Row(result);
                    rows.put(row.id, row);
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT exercise_id, role, target"
                + " FROM exercise_target WHERE exercise_id IN (" + in + ") ORDER BY exercise_id, role, position")) {
            bindAll(select, ids);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Row row = rows.get(result.getString(1));
                    Target target = Target.parse(result.getString(3));
                    (PRIMARY.equals(result.getString(2)) ? row.primary : row.secondary).add(target);
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT exercise_id, list, content"
                + " FROM exercise_text WHERE exercise_id IN (" + in + ") ORDER BY exercise_id, list, position")) {
            bindAll(select, ids);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Row row = rows.get(result.getString(1));
                    (CUE.equals(result.getString(2)) ? row.cues : row.variations).add(result.getString(3));
                }
            }
        }
        List<Stored<Exercise>> loaded = new ArrayList<>(rows.size());
        for (String id : ids) {
            Row row = rows.get(id);
            if (row != null) {
                loaded.add(row.toStored());
            }
        }
        return loaded;
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    static void bindAll(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }

    /** One exercise row with its lists, as read. */
    private static final class Row {
        final String id;
        final String name;
        final String kind;
        final String laterality;
        final String equipment;
        final String startingPosition;
        final String caution;
        final Source source;
        final long version;
        final OffsetDateTime updatedAt;
        final List<Target> primary = new ArrayList<>();
        final List<Target> secondary = new ArrayList<>();
        final List<String> cues = new ArrayList<>();
        final List<String> variations = new ArrayList<>();

        Row(ResultSet result) throws SQLException {
            id = result.getString("id");
            name = result.getString("name");
            kind = result.getString("kind");
            laterality = result.getString("laterality");
            equipment = result.getString("equipment");
            startingPosition = result.getString("starting_position");
            caution = result.getString("caution");
            source = new Source(
                    result.getString("source_origin"),
                    result.getString("source_original_id"),
                    result.getString("source_license"));
            version = result.getLong("version");
            updatedAt = result.getObject("updated_at", OffsetDateTime.class);
        }

        Stored<Exercise> toStored() {
            Exercise exercise = new Exercise(
                    ExerciseId.of(id),
                    name,
                    ExerciseKind.parse(kind),
                    Laterality.parse(laterality),
                    primary,
                    secondary,
                    equipment,
                    startingPosition,
                    cues,
                    variations,
                    caution,
                    source);
            return new Stored<>(exercise, version, updatedAt.toInstant());
        }
    }

    static Map<String, Long> versions(Connection connection, Collection<String> ids, boolean lock) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        if (ids.isEmpty()) {
            return versions;
        }
        List<String> list = List.copyOf(ids);
        try (PreparedStatement select = connection.prepareStatement("SELECT id, version FROM exercise WHERE id IN ("
                + placeholders(list.size()) + ")" + (lock ? " FOR UPDATE" : ""))) {
            bindAll(select, list);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    versions.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return versions;
    }
}
