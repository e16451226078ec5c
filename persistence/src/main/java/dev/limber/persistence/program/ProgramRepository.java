package dev.limber.persistence.program;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

/** {@code program} rows; the listing, with its optional tag filter, goes through criteria. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramRepository extends CrudRepository<ProgramRow, String>, JpaSpecificationExecutor<ProgramRow> {
}
