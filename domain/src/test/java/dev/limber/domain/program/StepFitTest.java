package dev.limber.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import dev.limber.domain.catalog.BuiltInCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepFitTest {

    @Test
    void aStepNamingNoExerciseIsUnknownAtItsExerciseField() {
        StepFit.Misfit misfit = StepFit.check(ExerciseStep.of("ghost-move", Prescription.reps(5)), Optional.empty())
                .orElseThrow();
        assertEquals(
                new StepFit.Misfit(
                        StepFit.Invariant.KNOWN_EXERCISE, ModelField.STEP_EXERCISE, "unknown exercise ghost-move"),
                misfit);
    }

    @Test
    void aPerSideDoseOnABilateralExerciseIsRefusedInTheWordsOfItsConstruction() {
        ExerciseStep step = ExerciseStep.of("back-squat", Prescription.reps(8).eachSide());
        StepFit.Misfit misfit =
                StepFit.check(step, Optional.of(BuiltInCatalog.BACK_SQUAT)).orElseThrow();
        InvalidValueException refused = assertThrows(
                InvalidValueException.class, () -> ExerciseStep.of(BuiltInCatalog.BACK_SQUAT, step.prescription()));
        assertEquals(StepFit.Invariant.LATERALITY, misfit.invariant());
        assertEquals(ModelField.PRESCRIPTION_PER_SIDE, misfit.field());
        assertEquals(refused.getMessage(), misfit.message());
    }

    @Test
    void aPerSideDoseOnAOneSidedExerciseFits() {
        ExerciseStep step =
                ExerciseStep.of("leg-swings", Prescription.seconds(30).eachSide());
        assertEquals(Optional.empty(), StepFit.check(step, Optional.of(BuiltInCatalog.LEG_SWINGS)));
    }
}
