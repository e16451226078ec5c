package dev.limber.domain.usecase;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What must hold before a program is stored: every step names a known exercise, with a dose that
 * fits its laterality. Problems come with a JSON pointer into the program
 * ({@code …/sessions/0/phases/1/steps/2/exercise}), so adapters can locate them.
 */
final class ProgramReferences {
    private ProgramReferences() {
    }

    static List<ImportRejectedException.Problem> problems(Program program, String prefix, ExerciseLookup exercises) {
        List<ImportRejectedException.Problem> problems = new ArrayList<>();
        for (int s = 0; s < program.sessions().size(); s++) {
            Session session = program.sessions().get(s);
            for (int f = 0; f < session.phases().size(); f++) {
                Phase phase = session.phases().get(f);
                for (int i = 0; i < phase.steps().size(); i++) {
                    String at = prefix + "/sessions/" + s + "/phases/" + f + "/steps/" + i;
                    check(phase.steps().get(i), at, exercises, problems);
                }
            }
        }
        return problems;
    }

    private static void check(Step step, String at, ExerciseLookup exercises,
            List<ImportRejectedException.Problem> problems) {
        List<ExerciseStep> inner = step.exerciseSteps();
        for (int j = 0; j < inner.size(); j++) {
            ExerciseStep single = inner.get(j);
            String where = step instanceof ExerciseStep ? at : at + "/steps/" + j;
            Optional<Exercise> exercise = exercises.find(single.exercise());
            if (exercise.isEmpty()) {
                problems.add(new ImportRejectedException.Problem(where + "/exercise",
                        "unknown exercise " + single.exercise()));
                continue;
            }
            try {
                ExerciseStep.checkLaterality(exercise.get(), single.prescription());
            } catch (InvalidValueException misfit) {
                problems.add(new ImportRejectedException.Problem(where + "/perSide", misfit.getMessage()));
            }
        }
    }
}
