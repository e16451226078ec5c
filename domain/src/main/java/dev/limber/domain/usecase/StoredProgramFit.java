package dev.limber.domain.usecase;

import dev.limber.domain.ModelField;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Programs;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a replacement of stored exercises must leave whole: every stored program that uses them
 * still fits them ({@link dev.limber.domain.program.StepFit}). The one check of the import and of
 * saving one exercise.
 */
final class StoredProgramFit {
    private StoredProgramFit() {}

    /**
     * The steps of stored programs that fit the exercises before and would not after the
     * replacements (a step that already misfit is not the replacement's doing).
     *
     * @param programs  the stored programs
     * @param replaced  the ids replaced, each with its position in an imported catalog (or empty)
     * @param rewritten programs the same write replaces: their new versions are checked instead
     * @param before    the exercises as stored
     * @param after     the exercises as they would be after the write
     */
    static List<BreaksStoredProgramsException.Break> breaks(
            Programs programs,
            Map<ExerciseId, OptionalInt> replaced,
            Set<ProgramId> rewritten,
            ExerciseLookup before,
            ExerciseLookup after) {
        if (replaced.isEmpty()) {
            return List.of();
        }
        List<Program> users = programs.using(replaced.keySet());
        if (users.isEmpty()) {
            return List.of();
        }
        List<ExerciseId> named = users.stream()
                .flatMap(program -> program.exerciseIds().stream())
                .distinct()
                .toList();
        ExerciseLookup was = before.prefetch(named).cached();
        ExerciseLookup will = after.prefetch(named).cached();
        List<BreaksStoredProgramsException.Break> breaks = new ArrayList<>();
        for (Program program : users) {
            if (rewritten.contains(program.id())) {
                continue;
            }
            Set<String> alreadyMisfit = new HashSet<>();
            for (MisfitStepsException.Problem old : ProgramReferences.problems(program, OptionalInt.empty(), was)) {
                alreadyMisfit.add(old.location() + "/" + old.field());
            }
            for (MisfitStepsException.Problem problem :
                    ProgramReferences.problems(program, OptionalInt.empty(), will)) {
                ExerciseId exercise = problem.location().exercise();
                if (exercise == null
                        || !replaced.containsKey(exercise)
                        || alreadyMisfit.contains(problem.location() + "/" + problem.field())) {
                    continue;
                }
                breaks.add(new BreaksStoredProgramsException.Break(
                        exercise, replaced.get(exercise), exerciseField(problem.field()), problem));
            }
        }
        return breaks;
    }

    /** The replacement's field at fault: a per-side dose misfits the exercise's laterality. */
    private static ModelField exerciseField(ModelField stepField) {
        return stepField == ModelField.PRESCRIPTION_PER_SIDE ? ModelField.EXERCISE_LATERALITY : ModelField.EXERCISE_ID;
    }
}
