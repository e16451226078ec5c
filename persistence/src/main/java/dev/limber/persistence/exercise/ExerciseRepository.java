package dev.limber.persistence.exercise;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code exercise} rows: single rows and writes on the entity and its {@code @Version}, ids for
 * "did you mean" and existence checks. Catalog pages are one hand-written statement each
 * ({@link ExerciseSearch}); whole exercises for many ids are read by position ({@code RowsByKey}).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExerciseRepository extends CrudRepository<ExerciseRow, String> {
    List<String> findIdByIdIn(Collection<String> ids);

    /** What a replacement needs of the stored row (its lists' primary keys start with the id). */
    @Query("SELECT e.version, e.created_at,"
            + " EXISTS (SELECT 1 FROM exercise_target t WHERE t.exercise_id = e.id) AS has_targets,"
            + " EXISTS (SELECT 1 FROM exercise_text x WHERE x.exercise_id = e.id) AS has_texts,"
            + " EXISTS (SELECT 1 FROM exercise_media m WHERE m.exercise_id = e.id) AS has_media"
            + " FROM exercise e WHERE e.id = :id")
    Optional<ExerciseRow.Replaced> findReplaced(String id);

    @Query("SELECT id FROM exercise ORDER BY id")
    List<String> allIds();

    List<String> findIdByKindInOrderById(Collection<String> kinds);

    /** The programs whose steps name the exercise, for refusing its deletion. */
    @Query("SELECT DISTINCT program_id FROM program_step_item WHERE exercise_id = :exerciseId ORDER BY program_id")
    List<String> findProgramsUsing(String exerciseId);

    /** The exercises that name it as what they are a variation of, for refusing its deletion. */
    @Query("SELECT id FROM exercise WHERE variation_of = :exerciseId ORDER BY id")
    List<String> findVariationsOf(String exerciseId);
}
