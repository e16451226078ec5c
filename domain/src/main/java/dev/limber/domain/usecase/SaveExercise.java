package dev.limber.domain.usecase;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Stored;

/** Creates or replaces one exercise of the catalog, guarded by the version the caller read. */
public final class SaveExercise {
    private final Exercises exercises;

    /**
     * An exercise to save.
     *
     * @param exercise the exercise, whole
     * @param expected the version the caller read (or none, or anything)
     */
    public record Command(Exercise exercise, ExpectedVersion expected) {
        public Command {
            Checks.required("exercise", exercise);
            Checks.required("expected", expected);
        }
    }

    public SaveExercise(Exercises exercises) {
        this.exercises = Checks.required("exercises", exercises);
    }

    public Stored<Exercise> save(Command command) {
        Checks.required("command", command);
        return exercises.save(command.exercise(), command.expected());
    }
}
