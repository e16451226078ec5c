package dev.limber.persistence.exercise;

import dev.limber.persistence.exercise.ExerciseListRows.TargetRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** {@code exercise_target} rows, written for whole exercises at a time (read by hand, see {@code ChildRows}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExerciseTargetRepository extends CrudRepository<TargetRow, TargetRow.Key> {

    void deleteByIdExerciseId(String exerciseId);
}
