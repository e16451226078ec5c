package dev.limber.persistence.program;

import dev.limber.persistence.program.ProgramTreeRows.StepRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** {@code program_step} rows, written and read for whole programs at a time. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramStepRepository extends CrudRepository<StepRow, StepRow.Key> {

    List<StepRow> findByIdProgramIdIn(Collection<String> programIds);
}
