package dev.limber.persistence.exercise;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/**
 * {@code exercise} rows. The catalog pages have one compile-time query per combination of
 * filters, sorted by the lower-cased name then id (the {@code (name_key, id)} index): the SQL is
 * built once by the annotation processor, not per request as criteria would (measured 5x slower
 * on the paged list, docs/benchmarks.md), and PostgreSQL plans each combination on the index that
 * serves it. A page holds the exercises' ids: the adapter reads the rows of a page by position
 * ({@code RowsByKey}), which measured faster than the entity mapper on this hot read. A {@code
 * namePattern} is a LIKE pattern with backslash escapes ({@link ExerciseSearch}).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExerciseRepository extends CrudRepository<ExerciseRow, String> {
    String TARGETED = "e.id IN (SELECT t.exercise_id FROM exercise_target t WHERE t.target = :target)";

    List<String> findIdByIdIn(Collection<String> ids);

    @Query("SELECT id FROM exercise ORDER BY id")
    List<String> allIds();

    List<String> findIdByKindInOrderById(Collection<String> kinds);

    /** The programs whose steps name the exercise, for refusing its deletion. */
    @Query("SELECT DISTINCT program_id FROM program_step_item WHERE exercise_id = :exerciseId ORDER BY program_id")
    List<String> findProgramsUsing(String exerciseId);

    Page<String> findIdOrderByNameKeyAndId(Pageable page);

    Page<String> findIdByKindOrderByNameKeyAndId(String kind, Pageable page);

    Page<String> findIdByNameKeyLikeOrderByNameKeyAndId(String namePattern, Pageable page);

    Page<String> findIdByKindAndNameKeyLikeOrderByNameKeyAndId(String kind, String namePattern, Pageable page);

    @Query(
            value = "SELECT e.id FROM exercise e WHERE " + TARGETED + " ORDER BY e.name_key, e.id",
            countQuery = "SELECT COUNT(*) FROM exercise e WHERE " + TARGETED)
    Page<String> findTargeting(String target, Pageable page);

    @Query(
            value = "SELECT e.id FROM exercise e WHERE e.kind = :kind AND " + TARGETED + " ORDER BY e.name_key, e.id",
            countQuery = "SELECT COUNT(*) FROM exercise e WHERE e.kind = :kind AND " + TARGETED)
    Page<String> findByKindTargeting(String kind, String target, Pageable page);

    @Query(
            value = "SELECT e.id FROM exercise e WHERE e.name_key LIKE :namePattern AND " + TARGETED
                    + " ORDER BY e.name_key, e.id",
            countQuery = "SELECT COUNT(*) FROM exercise e WHERE e.name_key LIKE :namePattern AND " + TARGETED)
    Page<String> findNamedTargeting(String namePattern, String target, Pageable page);

    @Query(
            value = "SELECT e.id FROM exercise e WHERE e.kind = :kind AND e.name_key LIKE :namePattern AND " + TARGETED
                    + " ORDER BY e.name_key, e.id",
            countQuery = "SELECT COUNT(*) FROM exercise e WHERE e.kind = :kind AND e.name_key LIKE :namePattern AND "
                    + TARGETED)
    Page<String> findByKindNamedTargeting(String kind, String namePattern, String target, Pageable page);
}
