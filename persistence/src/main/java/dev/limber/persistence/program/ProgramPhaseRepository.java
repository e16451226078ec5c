package dev.limber.persistence.program;

import dev.limber.persistence.program.ProgramTreeRows.PhaseRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** {@code program_phase} rows, written and read for whole programs at a time. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramPhaseRepository extends CrudRepository<PhaseRow, PhaseRow.Key> {

    List<PhaseRow> findByIdProgramIdIn(Collection<String> programIds);
}
