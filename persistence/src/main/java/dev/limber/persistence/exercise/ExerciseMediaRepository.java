package dev.limber.persistence.exercise;

import dev.limber.persistence.exercise.ExerciseListRows.MediaRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** {@code exercise_media} rows, written for whole exercises at a time (read by hand, like the texts). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExerciseMediaRepository extends CrudRepository<MediaRow, MediaRow.Key> {

    void deleteByIdExerciseId(String exerciseId);
}
