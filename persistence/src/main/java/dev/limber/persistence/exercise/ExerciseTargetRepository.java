package dev.limber.persistence.exercise;

import dev.limber.persistence.exercise.ExerciseListRows.TargetRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** {@code exercise_target} rows, written and read for whole exercises at a time. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExerciseTargetRepository extends CrudRepository<TargetRow, TargetRow.Key> {

    List<TargetRow> findByIdExerciseIdIn(Collection<String> exerciseIds);

    void deleteByIdExerciseId(String exerciseId);
}
