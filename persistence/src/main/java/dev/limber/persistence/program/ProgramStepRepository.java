package dev.limber.persistence.program;

import dev.limber.persistence.program.ProgramTreeRows.StepRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** {@code program_step} rows, written for whole programs at a time (read by hand, see {@code ChildRows}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramStepRepository extends CrudRepository<StepRow, StepRow.Key> {}
