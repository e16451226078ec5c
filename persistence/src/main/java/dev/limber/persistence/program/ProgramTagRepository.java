package dev.limber.persistence.program;

import dev.limber.persistence.program.ProgramTreeRows.TagRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** {@code program_tag} rows, written for whole programs at a time (read by hand, see {@code ChildRows}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramTagRepository extends CrudRepository<TagRow, TagRow.Key> {

    /** Removes the program's rows of this table and, by ON DELETE CASCADE, everything below them. */
    void deleteByIdProgramId(String programId);
}
