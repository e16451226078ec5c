package dev.limber.persistence.exercise;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Source;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
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
        @DateUpdated @Nullable OffsetDateTime updatedAt) {

    static ExerciseRow of(Exercise exercise) {
        Source source = exercise.source();
        return new ExerciseRow(
                exercise.id().value(),
                exercise.name(),
                nameKey(exercise.name()),
                exercise.kind().externalName(),
                exercise.laterality().externalName(),
                exercise.equipment(),
                exercise.startingPosition(),
                exercise.caution(),
                source.origin(),
                source.originalId(),
                source.license(),
                0L,
                null,
                null);
    }

    /** This row's content replaced by the exercise's, keeping what identifies the stored version. */
    ExerciseRow replacedBy(Exercise exercise) {
        ExerciseRow fresh = of(exercise);
        return new ExerciseRow(
                id,
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
                version,
                createdAt,
                updatedAt);
    }

    /** The row as of the domain version given (stored version n is row version n - 1). */
    ExerciseRow atStoredVersion(long stored) {
        return new ExerciseRow(
                id,
                name,
                nameKey,
                kind,
                laterality,
                equipment,
                startingPosition,
                caution,
                sourceOrigin,
                sourceOriginalId,
                sourceLicense,
                stored - 1,
                createdAt,
                updatedAt);
    }

    long storedVersion() {
        return version + 1;
    }

    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
