package dev.limber.domain.usecase;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.Program;
import java.util.List;
import java.util.OptionalInt;

/**
 * Creates or replaces one program, as an app or coach edits it: refused with every misfit
 * located ({@link MisfitStepsException}) when a step names an unknown exercise or puts a
 * per-side dose on a bilateral one; then saved whole, guarded by the version the caller read.
 */
public final class SaveProgram {
    private final Exercises exercises;
    private final Programs programs;

    /**
     * A program to save.
     *
     * @param program  the whole program
     * @param expected the version the caller read (or none, or anything)
     */
    public record Command(Program program, ExpectedVersion expected) {
        public Command {
            Checks.required("program", program);
            Checks.required("expected", expected);
        }
    }

    public SaveProgram(Exercises exercises, Programs programs) {
        this.exercises = Checks.required("exercises", exercises);
        this.programs = Checks.required("programs", programs);
    }

    public Stored<Program> save(Command command) {
        Checks.required("command", command);
        Program program = command.program();
        List<MisfitStepsException.Problem> problems = ProgramReferences.problems(
                program,
                OptionalInt.empty(),
                ExerciseLookup.of(exercises).prefetch(program.exerciseIds()).cached());
        if (!problems.isEmpty()) {
            throw new MisfitStepsException(problems);
        }
        return programs.save(program, command.expected());
    }
}
