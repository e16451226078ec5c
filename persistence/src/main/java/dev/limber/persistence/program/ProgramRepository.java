package dev.limber.persistence.program;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/**
 * {@code program} rows. The listing pages, with and without a tag, are compile-time queries
 * sorted by the lower-cased name then id (the {@code (name_key, id)} index), reading one row more
 * than the page holds instead of counting; the count is a query of its own, sent only when asked.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramRepository extends CrudRepository<ProgramRow, String> {
    @Query("SELECT id FROM program ORDER BY id")
    List<String> allIds();

    List<ProgramRow> findByIdInOrderById(Collection<String> ids);

    String TAGGED = "p.id IN (SELECT t.program_id FROM program_tag t WHERE t.tag = :tag)";

    /** A page of rows and one more, which only says that another page follows. */
    @Query("SELECT p.* FROM program p ORDER BY p.name_key, p.id LIMIT :limit OFFSET :offset")
    List<ProgramRow> page(int limit, long offset);

    @Query("SELECT p.* FROM program p WHERE " + TAGGED + " ORDER BY p.name_key, p.id LIMIT :limit OFFSET :offset")
    List<ProgramRow> pageTagged(String tag, int limit, long offset);

    @Query("SELECT COUNT(*) FROM program p WHERE " + TAGGED)
    long countTagged(String tag);
}
