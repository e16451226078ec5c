package dev.limber.persistence.exercise;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Collection;
import java.util.List;

/**
 * {@code exercise} rows. The catalog search goes through {@link JpaSpecificationExecutor}: its
 * filters are optional, and a query built with only the filters asked lets PostgreSQL plan each
 * combination on its own index (see {@code ExerciseSearch}).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExerciseRepository extends CrudRepository<ExerciseRow, String>, JpaSpecificationExecutor<ExerciseRow> {

    List<ExerciseRow> findByIdIn(Collection<String> ids);

    List<String> findIdByIdIn(Collection<String> ids);

    List<ExerciseRow> findByKindInOrderById(Collection<String> kinds);

    /** The programs whose steps name the exercise, for refusing its deletion. */
    @Query("SELECT DISTINCT program_id FROM program_step_item WHERE exercise_id = :exerciseId ORDER BY program_id")
    List<String> findProgramsUsing(String exerciseId);
}
