package dev.limber.persistence.exercise;

import dev.limber.persistence.exercise.ExerciseListRows.MediaRow;
import dev.limber.persistence.exercise.ExerciseListRows.TargetRow;
import dev.limber.persistence.exercise.ExerciseListRows.TextRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The bulk import's insert, written by hand: three JDBC batches (four with media) of the same row records the
 * repositories write. Kept because the repositories' {@code saveAll} measured slower on this path
 * through the CLI (100,000 exercises into PostgreSQL, docs/benchmarks.md "Bulk import"); every
 * other write goes through the repositories. The version column starts at 0, as
 * {@code @Version} starts it.
 */
final class ExerciseBatchInsert {
    // The tables' columns in the order both bulk paths write them (ExerciseCopyInsert uses them too).
    static final String EXERCISE_COLUMNS = "exercise (id, name, name_key, kind, laterality, equipment,"
            + " starting_position, caution, source_origin, source_original_id, source_license, version, created_at,"
            + " updated_at, description, level, mechanic, force, source_author, source_url, variation_of)";
    static final String TARGET_COLUMNS = "exercise_target (exercise_id, role, position, target)";
    static final String TEXT_COLUMNS = "exercise_text (exercise_id, list, position, content)";
    static final String MEDIA_COLUMNS = "exercise_media (exercise_id, position, kind, reference, license, author)";

    private static final String EXERCISE = "INSERT INTO " + EXERCISE_COLUMNS
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TARGET = "INSERT INTO " + TARGET_COLUMNS + " VALUES (?, ?, ?, ?)";
    private static final String TEXT = "INSERT INTO " + TEXT_COLUMNS + " VALUES (?, ?, ?, ?)";
    private static final String MEDIA = "INSERT INTO " + MEDIA_COLUMNS + " VALUES (?, ?, ?, ?, ?, ?)";

    private ExerciseBatchInsert() {}

    static void insert(
            Connection connection,
            List<ExerciseRow> exercises,
            List<TargetRow> targets,
            List<TextRow> texts,
            List<MediaRow> media)
            throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement statement = connection.prepareStatement(EXERCISE)) {
            for (ExerciseRow row : exercises) {
                int i = 1;
                statement.setString(i++, row.id());
                statement.setString(i++, row.name());
                statement.setString(i++, row.nameKey());
                statement.setString(i++, row.kind());
                statement.setString(i++, row.laterality());
                statement.setString(i++, row.equipment());
                statement.setString(i++, row.startingPosition());
                statement.setString(i++, row.caution());
                statement.setString(i++, row.sourceOrigin());
                statement.setString(i++, row.sourceOriginalId());
                statement.setString(i++, row.sourceLicense());
                statement.setObject(i++, now);
                statement.setObject(i++, now);
                statement.setString(i++, row.description());
                statement.setString(i++, row.level());
                statement.setString(i++, row.mechanic());
                statement.setString(i++, row.force());
                statement.setString(i++, row.sourceAuthor());
                statement.setString(i++, row.sourceUrl());
                statement.setString(i, row.variationOf());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement(TARGET)) {
            for (TargetRow row : targets) {
                bind(statement, row.id().exerciseId(), row.id().role(), row.id().position(), row.target());
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement(TEXT)) {
            for (TextRow row : texts) {
                bind(statement, row.id().exerciseId(), row.id().list(), row.id().position(), row.content());
            }
            statement.executeBatch();
        }
        if (media.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(MEDIA)) {
            for (MediaRow row : media) {
                statement.setString(1, row.id().exerciseId());
                statement.setInt(2, row.id().position());
                statement.setString(3, row.kind());
                statement.setString(4, row.reference());
                statement.setString(5, row.license());
                statement.setString(6, row.author());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, String id, String kind, int position, String value)
            throws SQLException {
        statement.setString(1, id);
        statement.setString(2, kind);
        statement.setInt(3, position);
        statement.setString(4, value);
        statement.addBatch();
    }
}
