package dev.limber.persistence.program;

import dev.limber.persistence.program.ProgramTreeRows.SessionRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** {@code program_session} rows, written for whole programs at a time (read by hand, see {@code ChildRows}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramSessionRepository extends CrudRepository<SessionRow, SessionRow.Key> {

    /** Removes the program's rows of this table and, by ON DELETE CASCADE, everything below them. */
    void deleteByIdProgramId(String programId);
}
