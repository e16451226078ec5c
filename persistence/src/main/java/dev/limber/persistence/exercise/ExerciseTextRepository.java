package dev.limber.persistence.exercise;

import dev.limber.persistence.exercise.ExerciseListRows.TextRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** {@code exercise_text} rows (cues and variations), written and read for whole exercises at a time. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExerciseTextRepository extends CrudRepository<TextRow, TextRow.Key> {

    List<TextRow> findByIdExerciseIdIn(Collection<String> exerciseIds);

    void deleteByIdExerciseId(String exerciseId);
}
