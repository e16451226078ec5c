package dev.limber.domain.usecase;

import dev.limber.domain.ModelField;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.StepFit;
import dev.limber.domain.rules.Location;
import dev.limber.domain.rules.PlacedStep;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What must hold before a program is stored: every step fits the exercise it names
 * ({@link StepFit}: known, with a dose that fits its laterality). Problems come placed in the model
 * (step {@link Location} and {@link ModelField}), so adapters can locate them in their own terms.
 */
final class ProgramReferences {
    private ProgramReferences() {}

    static List<MisfitStepsException.Problem> problems(
            Program program, OptionalInt catalogIndex, ExerciseLookup exercises) {
        List<MisfitStepsException.Problem> problems = new ArrayList<>();
        for (PlacedStep placed : PlacedStep.in(program)) {
            StepFit.check(placed.step(), exercises.find(placed.step().exercise()))
                    .ifPresent(misfit -> problems.add(new MisfitStepsException.Problem(
                            catalogIndex, program, placed.location(), misfit.field(), misfit.message())));
        }
        return problems;
    }
}
