package dev.limber.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Target;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every refusal names the field and shows the value, so a user knows what to fix. */
class IllegalValuesTest {

    private static void refused(Executable build, String field, String message) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, build);
        assertEquals(field, refused.field());
        assertEquals(message, refused.getMessage());
    }

    @Test
    void aZeroDurationIsRefused() {
        refused(
                () -> Prescription.seconds(0),
                "duration",
                "duration must be whole seconds between 1 s and 4 h (was PT0S)");
    }

    @Test
    void aNegativeDurationIsRefused() {
        refused(
                () -> Prescription.timed(Duration.ofSeconds(-30)),
                "duration",
                "duration must be whole seconds between 1 s and 4 h (was PT-30S)");
    }

    @Test
    void zeroRepsAreRefused() {
        refused(() -> Prescription.reps(0), "reps", "reps must be between 1 and 1000 (was 0)");
    }

    @Test
    void zeroSetsAreRefused() {
        refused(() -> Prescription.reps(10).sets(0), "sets", "sets must be between 1 and 100 (was 0)");
    }

    @Test
    void aNegativeRestIsRefused() {
        refused(
                () -> Prescription.reps(10).sets(3).rest(Duration.ofSeconds(-1)),
                "rest",
                "rest must not be negative (was PT-1S)");
    }

    @Test
    void aBlankExerciseNameIsRefused() {
        refused(
                () -> Exercise.builder("plank", "  ").primary(Target.ABDOMINALS).build(),
                "name",
                "name must not be blank (was \"  \")");
    }

    @Test
    void aBlankSessionNameIsRefused() {
        refused(
                () -> Session.of("", Phase.of(PhaseKind.MAIN, ExerciseStep.of("plank", Prescription.seconds(30)))),
                "session.name",
                "session.name must not be blank (was \"\")");
    }

    @Test
    void anIdThatIsNotASlugIsRefused() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> ExerciseId.of("Leg Swings"));
        assertEquals("id", refused.field());
        org.junit.jupiter.api.Assertions.assertTrue(
                refused.getMessage().endsWith("(was \"Leg Swings\")"), refused.getMessage());
    }

    @Test
    void aPerSideDoseOnABilateralExerciseIsRefused() {
        refused(
                () -> ExerciseStep.of(
                        BuiltInCatalog.BACK_SQUAT, Prescription.reps(8).eachSide()),
                "perSide",
                "perSide does not fit back-squat, which is bilateral (was true)");
    }

    @Test
    void aCircuitOfNoRoundsIsRefused() {
        refused(
                () -> Circuit.of("Core", 0, Duration.ZERO, ExerciseStep.of("plank", Prescription.seconds(30))),
                "circuit.rounds",
                "circuit.rounds must be between 1 and 50 (was 0)");
    }

    @Test
    void aPhaseWithoutStepsIsRefused() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Phase.of(PhaseKind.WARM_UP));
        assertEquals("steps", refused.field());
    }
}
