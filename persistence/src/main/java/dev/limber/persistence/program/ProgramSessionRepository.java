package dev.limber.persistence.program;

import dev.limber.persistence.program.ProgramTreeRows.SessionRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** {@code program_session} rows, written and read for whole programs at a time. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramSessionRepository extends CrudRepository<SessionRow, SessionRow.Key> {

    List<SessionRow> findByIdProgramIdIn(Collection<String> programIds);

    /** Removes the program's rows of this table and, by ON DELETE CASCADE, everything below them. */
    void deleteByIdProgramId(String programId);
}
