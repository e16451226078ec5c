package dev.limber.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import dev.limber.domain.load.Weight;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three progressions: one written form each, every bad value refused with the field named. */
class ProgressionTest {

    @Test
    void eachProgressionReadsBackFromWhatItWrites() {
        for (String text : List.of(
                "linear +2.5kg per session, deload 10% after 3 misses",
                "linear +5lb per week, deload 15% after 1 miss",
                "double 8-12 +2.5kg",
                "weekly 65%x5x3, 75%x3x3, 85%x1x3, deload 40%x5x3",
                "weekly 70.5%x8x4")) {
            assertEquals(text, Progression.parse(text).text());
        }
    }

    @Test
    void aLinearProgressionWithoutADeloadDeloadsTenPercentAfterThreeMisses() {
        Progression linear = Progression.parse("linear +2.5 kg per session");
        assertEquals(new Progression.Linear(Weight.kg(2.5), Progression.Cadence.SESSION, 10, 3), linear);
        assertEquals("+2.5 kg every session; −10 % after 3 missed targets", linear.human());
    }

    @Test
    void badValuesAreRefusedNamingTheProgression() {
        for (String text : List.of(
                "linear +0kg per session",
                "linear +60kg per week",
                "linear +2.5kg per month",
                "linear +2.5kg per week, deload 60% after 3 misses",
                "linear +2.5kg per week, deload 10% after 0 misses",
                "double 12-8 +2.5kg",
                "double 0-8 +2.5kg",
                "weekly ",
                "weekly 0%x5x3",
                "weekly 65%x0x3",
                "weekly 65%x5x3, deload 40%x5x3, 70%x5x3",
                "weekly 65%x5",
                "faster every week")) {
            InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Progression.parse(text));
            assertEquals(ModelField.STEP_PROGRESSION, refused.modelField().orElseThrow(), text);
        }
    }

    @Test
    void aWaveRepeatsWithItsDeloadWeekAfterIt() {
        Progression.Weekly wave = (Progression.Weekly) Progression.parse("weekly 65%x5x3, 75%x3x3, deload 40%x5x3");
        assertEquals(3, wave.length());
        assertEquals(Progression.WeekLoad.of(65, 5, 3), wave.week(1));
        assertEquals(Progression.WeekLoad.of(40, 5, 3), wave.week(3));
        assertTrue(wave.deloads(6));
        assertEquals(Progression.WeekLoad.of(75, 3, 3), wave.week(5));
    }

    @Test
    void aStepRefusesAProgressionItsDoseCannotCarry() {
        Prescription noLoad = Prescription.reps(5).sets(5);
        Progression linear = Progression.parse("linear +2.5kg per week");
        InvalidValueException refused = assertThrows(
                InvalidValueException.class,
                () -> ExerciseStep.of("back-squat", noLoad).withProgression(linear));
        assertTrue(refused.getMessage().contains("needs a load to add to"), refused.getMessage());

        Prescription pounds = noLoad.load("225lb");
        refused = assertThrows(
                InvalidValueException.class,
                () -> ExerciseStep.of("back-squat", pounds).withProgression(linear));
        assertTrue(refused.getMessage().contains("adds kg to a load in lb"), refused.getMessage());

        Prescription fiveReps = noLoad.load("60kg");
        refused = assertThrows(
                InvalidValueException.class,
                () -> ExerciseStep.of("bench-press", fiveReps)
                        .withProgression(Progression.parse("double 8-12 +2.5kg")));
        assertTrue(refused.getMessage().contains("within its range 8-12"), refused.getMessage());

        refused = assertThrows(
                InvalidValueException.class,
                () -> ExerciseStep.of("back-squat", fiveReps).withProgression(Progression.parse("weekly 65%x5x3")));
        assertTrue(refused.getMessage().contains("percentages of the reference max"), refused.getMessage());

        Prescription timed = Prescription.seconds(30);
        refused = assertThrows(
                InvalidValueException.class,
                () -> ExerciseStep.of("plank", timed).withProgression(Progression.parse("weekly 65%x5x3")));
        assertEquals(ModelField.STEP_PROGRESSION, refused.modelField().orElseThrow());
    }

    @Test
    void aProgramRunsOneToFiftyTwoWeeks() {
        Program.Builder builder = Program.builder("p", "P")
                .session(
                        Session.of("A", Phase.of(PhaseKind.MAIN, ExerciseStep.of("back-squat", Prescription.reps(5)))));
        assertEquals(1, builder.build().weeks());
        assertEquals(52, builder.weeks(52).build().weeks());
        for (int weeks : new int[] {0, 53}) {
            InvalidValueException refused = assertThrows(
                    InvalidValueException.class, () -> builder.weeks(weeks).build());
            assertEquals(ModelField.PROGRAM_WEEKS, refused.modelField().orElseThrow());
        }
    }
}
