package dev.limber.persistence.program;

import dev.limber.domain.program.Program;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One {@code program} row, the root of a program's tree. {@code version} follows Micronaut Data's
 * {@code @Version}: 0 when inserted, one more on each update; the domain counts from 1, so the
 * adapter adds one ({@link #storedVersion()}; V3 moved the rows written before).
 */
@MappedEntity("program")
record ProgramRow(
        @Id String id,
        String name,
        String nameKey,
        String description,
        int weeks,
        @Version long version,
        @DateCreated @Nullable OffsetDateTime createdAt,
        @DateUpdated @Nullable OffsetDateTime updatedAt) {

    static ProgramRow of(Program program) {
        return new ProgramRow(
                program.id().value(),
                program.name(),
                program.name().toLowerCase(Locale.ROOT),
                program.description(),
                program.weeks(),
                0L,
                null,
                null);
    }

    /** This row's content replaced by the program's, keeping what identifies the stored version. */
    ProgramRow replacedBy(Program program) {
        ProgramRow fresh = of(program);
        return new ProgramRow(
                id, fresh.name, fresh.nameKey, fresh.description, fresh.weeks, version, createdAt, updatedAt);
    }

    long storedVersion() {
        return version + 1;
    }
}
