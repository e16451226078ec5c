package dev.limber.domain.usecase;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Stored;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;

/** Looks exercises up: one by id, or a filtered page of the catalog. */
public final class FindExercise {
    private final Exercises exercises;

    public FindExercise(Exercises exercises) {
        this.exercises = exercises;
    }

    /** The exercise with that id; {@link NotFoundException} when there is none. */
    public Stored<Exercise> byId(ExerciseId id) {
        return exercises.find(id).orElseThrow(() -> new NotFoundException("exercise", id));
    }

    public Page<Exercise> matching(ExerciseQuery query) {
        return exercises.search(query);
    }
}
