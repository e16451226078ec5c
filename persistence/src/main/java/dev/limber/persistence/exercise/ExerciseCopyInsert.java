package dev.limber.persistence.exercise;

import dev.limber.persistence.exercise.ExerciseListRows.MediaRow;
import dev.limber.persistence.exercise.ExerciseListRows.TargetRow;
import dev.limber.persistence.exercise.ExerciseListRows.TextRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The bulk import's insert on PostgreSQL: the same rows as {@link ExerciseBatchInsert}, sent with
 * {@code COPY … FROM STDIN} through pgjdbc's {@link CopyManager}. COPY skips the per-statement
 * parse, plan and executor start of batched INSERTs, which measured as the import's largest cost
 * beside {@code psql \copy} (docs/benchmarks.md, "Bulk import"). It runs inside the caller's
 * transaction, so a failure leaves nothing behind, as the batches do.
 */
final class ExerciseCopyInsert {
    private static final String EXERCISE = "COPY " + ExerciseBatchInsert.EXERCISE_COLUMNS + " FROM STDIN";
    private static final String TARGET = "COPY " + ExerciseBatchInsert.TARGET_COLUMNS + " FROM STDIN";
    private static final String TEXT = "COPY " + ExerciseBatchInsert.TEXT_COLUMNS + " FROM STDIN";
    private static final String MEDIA = "COPY " + ExerciseBatchInsert.MEDIA_COLUMNS + " FROM STDIN";

    private ExerciseCopyInsert() {}

    /** Whether this connection reaches PostgreSQL (through any pool proxy), so COPY is there. */
    static boolean supports(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    static void insert(
            Connection connection,
            List<ExerciseRow> exercises,
            List<TargetRow> targets,
            List<TextRow> texts,
            List<MediaRow> media)
            throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        // PostgreSQL keeps microseconds; the batches' bound OffsetDateTime is rounded the same way.
        String now = OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MICROS)
                .toString();
        Rows rows = new Rows(exercises.size() * 256);
        for (ExerciseRow row : exercises) {
            rows.field(row.id())
                    .field(row.name())
                    .field(row.nameKey())
                    .field(row.kind())
                    .field(row.laterality())
                    .field(row.equipment())
                    .field(row.startingPosition())
                    .field(row.caution())
                    .field(row.sourceOrigin())
                    .field(row.sourceOriginalId())
                    .field(row.sourceLicense())
                    .field("0") // the version starts at 0, as @Version starts it
                    .field(now)
                    .field(now)
                    .field(row.description())
                    .field(row.level())
                    .field(row.mechanic())
                    .field(row.force())
                    .field(row.sourceAuthor())
                    .field(row.sourceUrl())
                    .last(row.variationOf());
        }
        rows.sendTo(copy, EXERCISE);
        for (TargetRow row : targets) {
            rows.field(row.id().exerciseId())
                    .field(row.id().role())
                    .field(Integer.toString(row.id().position()))
                    .last(row.target());
        }
        rows.sendTo(copy, TARGET);
        for (TextRow row : texts) {
            rows.field(row.id().exerciseId())
                    .field(row.id().list())
                    .field(Integer.toString(row.id().position()))
                    .last(row.content());
        }
        rows.sendTo(copy, TEXT);
        for (MediaRow row : media) {
            rows.field(row.id().exerciseId())
                    .field(Integer.toString(row.id().position()))
                    .field(row.kind())
                    .field(row.reference())
                    .field(row.license())
                    .last(row.author());
        }
        rows.sendTo(copy, MEDIA);
    }

    /** Rows in COPY's text format: tab between fields, a newline after each row, {@code \N} for null. */
    private static final class Rows {
        private final StringBuilder text;

        Rows(int capacity) {
            text = new StringBuilder(capacity);
        }

        Rows field(String value) {
            escaped(value);
            text.append('\t');
            return this;
        }

        void last(String value) {
            escaped(value);
            text.append('\n');
        }

        private void escaped(String value) {
            if (value == null) {
                text.append("\\N");
                return;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }

        void sendTo(CopyManager copy, String statement) throws SQLException {
            if (text.length() == 0) {
                return;
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            text.setLength(0);
            try {
                copy.copyIn(statement, new ByteArrayInputStream(bytes));
            } catch (IOException cannotHappen) {
                // A byte array never fails to read; the connection's own failures come as SQLException.
                throw new IllegalStateException(cannotHappen);
            }
        }
    }
}
