package dev.limber.persistence.program;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/**
 * {@code program} rows. The listing pages, with and without a tag, are compile-time queries
 * sorted by the lower-cased name then id (the {@code (name_key, id)} index).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramRepository extends CrudRepository<ProgramRow, String> {
    @Query("SELECT id FROM program ORDER BY id")
    List<String> allIds();

    List<ProgramRow> findByIdInOrderById(Collection<String> ids);

    String TAGGED = "p.id IN (SELECT t.program_id FROM program_tag t WHERE t.tag = :tag)";

    Page<ProgramRow> findOrderByNameKeyAndId(Pageable page);

    @Query(
            value = "SELECT p.* FROM program p WHERE " + TAGGED + " ORDER BY p.name_key, p.id",
            countQuery = "SELECT COUNT(*) FROM program p WHERE " + TAGGED)
    Page<ProgramRow> findTagged(String tag, Pageable page);
}
