package dev.limber.domain.usecase;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.rules.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What must hold before a program is stored: every step names a known exercise, with a dose that
 * fits its laterality. Problems come placed in the model (step {@link Location} and
 * {@link ModelField}), so adapters can locate them in their own terms.
 */
final class ProgramReferences {
    private ProgramReferences() {
    }

    static List<ImportRejectedException.Problem> problems(Program program, OptionalInt catalogIndex,
            ExerciseLookup exercises) {
        List<ImportRejectedException.Problem> problems = new ArrayList<>();
        for (Session session : program.sessions()) {
            for (int f = 0; f < session.phases().size(); f++) {
                Phase phase = session.phases().get(f);
                for (int i = 0; i < phase.steps().size(); i++) {
                    Step step = phase.steps().get(i);
                    List<ExerciseStep> inner = step.exerciseSteps();
                    for (int j = 0; j < inner.size(); j++) {
                        ExerciseStep single = inner.get(j);
                        Location at = new Location(session.name(), f, phase.kind(), i,
                                step instanceof ExerciseStep ? null : j, single.exercise());
                        check(single, exercises).ifPresent(problem -> problems.add(new ImportRejectedException.Problem(
                                catalogIndex, program, at, problem.field(), problem.message())));
                    }
                }
            }
        }
        return problems;
    }

    private record Misfit(ModelField field, String message) {
    }

    private static Optional<Misfit> check(ExerciseStep single, ExerciseLookup exercises) {
        Optional<Exercise> exercise = exercises.find(single.exercise());
        if (exercise.isEmpty()) {
            return Optional.of(new Misfit(ModelField.STEP_EXERCISE, "unknown exercise " + single.exercise()));
        }
        try {
            ExerciseStep.checkLaterality(exercise.get(), single.prescription());
            return Optional.empty();
        } catch (InvalidValueException misfit) {
            return Optional.of(new Misfit(ModelField.PRESCRIPTION_PER_SIDE, misfit.getMessage()));
        }
    }
}
