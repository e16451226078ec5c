package dev.limber.domain.usecase;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;

/** Removes an exercise from the catalog; refused while a program uses it. */
public final class DeleteExercise {
    private final Exercises exercises;

    /**
     * An exercise to delete.
     *
     * @param id       its id
     * @param expected the version the caller read (or anything)
     */
    public record Command(ExerciseId id, ExpectedVersion expected) {
        public Command {
            Checks.required("id", id);
            Checks.required("expected", expected);
        }
    }

    public DeleteExercise(Exercises exercises) {
        this.exercises = Checks.required("exercises", exercises);
    }

    /** Returns false when nothing was stored under that id. */
    public boolean delete(Command command) {
        Checks.required("command", command);
        return exercises.delete(command.id(), command.expected());
    }
}
