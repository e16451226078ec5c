package dev.limber.persistence.exercise;

import dev.limber.persistence.exercise.ExerciseListRows.TextRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** {@code exercise_text} rows (cues and variations), written for whole exercises at a time (read by hand, see {@code ChildRows}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExerciseTextRepository extends CrudRepository<TextRow, TextRow.Key> {

    void deleteByIdExerciseId(String exerciseId);
}
