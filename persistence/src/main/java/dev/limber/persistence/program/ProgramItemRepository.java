package dev.limber.persistence.program;

import dev.limber.persistence.program.ProgramTreeRows.ItemRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** {@code program_step_item} rows, written and read for whole programs at a time. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramItemRepository extends CrudRepository<ItemRow, ItemRow.Key> {

    List<ItemRow> findByIdProgramIdIn(Collection<String> programIds);
}
