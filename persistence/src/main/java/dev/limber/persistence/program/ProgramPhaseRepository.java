package dev.limber.persistence.program;

import dev.limber.persistence.program.ProgramTreeRows.PhaseRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** {@code program_phase} rows, written for whole programs at a time (read by hand, see {@code ChildRows}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramPhaseRepository extends CrudRepository<PhaseRow, PhaseRow.Key> {}
