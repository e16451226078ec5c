package dev.limber.api.exercise;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.usecase.FindExercise;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** The exercise catalog under /api/v1/exercises. */
@Controller("/api/v1/exercises")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ExerciseController {
    private final FindExercise findExercise;

    ExerciseController(FindExercise findExercise) {
        this.findExercise = findExercise;
    }

    @Get("/{id}")
    ExerciseView byId(@PathVariable String id) {
        return ExerciseView.of(findExercise.byId(ExerciseId.of(id)).value());
    }
}
