package dev.limber.persistence.exercise;

import dev.limber.domain.exercise.Equipment;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Source;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One {@code exercise} row. {@code version} follows Micronaut Data's {@code @Version}: 0 when
 * inserted, one more on each update; the domain counts from 1, so the adapter adds one
 * ({@link #storedVersion()}, V3 moved the rows written before).
 */
@MappedEntity("exercise")
record ExerciseRow(
        @Id String id,
        String name,
        String nameKey,
        String kind,
        String laterality,
        String equipment,
        @Nullable String startingPosition,
        @Nullable String caution,
        String sourceOrigin,
        @Nullable String sourceOriginalId,
        String sourceLicense,
        @Version long version,
        @DateCreated @Nullable OffsetDateTime createdAt,
        @DateUpdated @Nullable OffsetDateTime updatedAt,
        @Nullable String description,
        @Nullable String level,
        @Nullable String mechanic,
        @Nullable String force,
        @Nullable String sourceAuthor,
        @Nullable String sourceUrl,
        @Nullable String variationOf) {

    /** {@code equipment} of an exercise that needs nothing, whose equipment is not known, or that lists items. */
    static final String EQUIPMENT_NONE = "none";

    static final String EQUIPMENT_UNKNOWN = "unknown";
    static final String EQUIPMENT_LISTED = "listed";

    /** The columns {@link #read} reads, in its order. */
    static final String COLUMNS = "id, name, name_key, kind, laterality, equipment, starting_position,"
            + " caution, source_origin, source_original_id, source_license, version, created_at, updated_at,"
            + " description, level, mechanic, force, source_author, source_url,"
            + " variation_of";

    /** The rows for some ids, in the columns' order of {@link #read}; {@code IN (?)} as RowsByKey takes it. */
    static final String SELECT_BY_IDS = "SELECT " + ExerciseRow.COLUMNS + " FROM exercise WHERE id IN (?)";

    /** One row of {@link #SELECT_BY_IDS}, by column position. */
    static ExerciseRow read(ResultSet row) throws SQLException {
        return new ExerciseRow(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                row.getString(9),
                row.getString(10),
                row.getString(11),
                row.getLong(12),
                row.getObject(13, OffsetDateTime.class),
                row.getObject(14, OffsetDateTime.class),
                row.getString(15),
                row.getString(16),
                row.getString(17),
                row.getString(18),
                row.getString(19),
                row.getString(20),
                row.getString(21));
    }

    static ExerciseRow of(Exercise exercise) {
        Source source = exercise.source();
        return new ExerciseRow(
                exercise.id().value(),
                exercise.name(),
                nameKey(exercise.name()),
                exercise.kind().externalName(),
                exercise.laterality().externalName(),
                equipment(exercise.equipment()),
                exercise.startingPosition(),
                exercise.caution(),
                source.origin(),
                source.originalId(),
                source.license(),
                0L,
                null,
                null,
                exercise.description(),
                name(exercise.level()),
                name(exercise.mechanic()),
                name(exercise.force()),
                source.author(),
                source.url(),
                exercise.variationOfId().map(ExerciseId::value).orElse(null));
    }

    /**
     * What replacing a stored exercise needs of its row ({@link ExerciseRepository#findReplaced}): the
     * version to guard, the creation time to keep, and which lists hold rows to clear, read in one
     * statement so that a replacement sends no statement it does not need.
     */
    @Introspected
    record Replaced(
            long version, @Nullable OffsetDateTime createdAt, boolean hasTargets, boolean hasTexts, boolean hasMedia) {
        long storedVersion() {
            return version + 1;
        }
    }

    /** The row that replaces the stored one with the exercise's content, keeping its version and creation time. */
    static ExerciseRow replacing(Replaced stored, Exercise exercise) {
        ExerciseRow fresh = of(exercise);
        return new ExerciseRow(
                fresh.id,
                fresh.name,
                fresh.nameKey,
                fresh.kind,
                fresh.laterality,
                fresh.equipment,
                fresh.startingPosition,
                fresh.caution,
                fresh.sourceOrigin,
                fresh.sourceOriginalId,
                fresh.sourceLicense,
                stored.version(),
                stored.createdAt(),
                null,
                fresh.description,
                fresh.level,
                fresh.mechanic,
                fresh.force,
                fresh.sourceAuthor,
                fresh.sourceUrl,
                fresh.variationOf);
    }

    long storedVersion() {
        return version + 1;
    }

    private static String name(dev.limber.domain.Named value) {
        return value == null ? null : value.externalName();
    }

    /** The {@code equipment} column of some equipment; a listed one's items are rows of their own. */
    static String equipment(Equipment equipment) {
        if (equipment.isUnknown()) {
            return EQUIPMENT_UNKNOWN;
        }
        return equipment.isNone() ? EQUIPMENT_NONE : EQUIPMENT_LISTED;
    }

    /** The equipment of this row, given its listed items. */
    Equipment equipment(java.util.List<String> items) {
        return switch (equipment) {
            case EQUIPMENT_UNKNOWN -> Equipment.unknown();
            case EQUIPMENT_NONE -> Equipment.none();
            default -> Equipment.of(items);
        };
    }

    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
