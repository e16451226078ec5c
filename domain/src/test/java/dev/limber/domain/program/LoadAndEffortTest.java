package dev.limber.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import dev.limber.domain.card.DoseText;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.load.Load;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.timing.Timing;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Load, effort, tempo, distance and AMRAP on a step: what they accept, refuse, say and time. */
class LoadAndEffortTest {

    private static InvalidValueException refused(org.junit.jupiter.api.function.Executable build) {
        return assertThrows(InvalidValueException.class, build);
    }

    @Test
    void everyWrittenLoadReadsBackAsWritten() {
        for (String text : new String[] {"100kg", "225lb", "2.5kg", "75%", "82.5%", "bodyweight", "bodyweight+10kg"}) {
            assertEquals(text, Load.parse(text).text());
        }
        assertEquals("100kg", Load.parse("100.0 kg").text());
        assertEquals(new Load.Absolute(Weight.of("100", WeightUnit.KG)), Load.parse("100.000kg"));
    }

    @Test
    void aLoadSaysItsUnitAndKind() {
        assertEquals("100 kg", Load.parse("100kg").human());
        assertEquals("75 % of max", Load.parse("75%").human());
        assertEquals("bodyweight + 10 kg", Load.parse("bodyweight+10kg").human());
    }

    @Test
    void badLoadsAreRefusedAtTheLoadField() {
        for (String text : new String[] {"100", "100 stone", "0kg", "151%", "0%", "bodyweight+", "75.25%", "heavy"}) {
            InvalidValueException refusal = refused(() -> Load.parse(text));
            assertEquals(ModelField.PRESCRIPTION_LOAD, refusal.modelField().orElseThrow(), text);
        }
        assertEquals(
                "load must be between 0 and 2000 in its unit, to at most three decimals (was \"9000kg\")",
                refused(() -> Load.parse("9000kg")).getMessage());
    }

    @Test
    void poundsAndKilogramsConvertOnlyWhenAskedAndSayTheirUnit() {
        Weight pounds = Weight.parse("225lb");
        assertEquals(WeightUnit.LB, pounds.unit());
        // 225 × 0.45359237 = 102.05828325 → 102.058 kg
        assertEquals("102.058kg", pounds.in(WeightUnit.KG).text());
        // 100 / 0.45359237 = 220.4622621… → 220.462 lb
        assertEquals("220.462 lb", Weight.parse("100kg").in(WeightUnit.LB).human());
    }

    @Test
    void rpeComesInHalvesFromOneToTenAndRirFromZeroToTen() {
        assertEquals("RPE 7.5", Effort.rpe(7.5).human());
        assertEquals(new Effort.Rpe(new BigDecimal("8")), new Effort.Rpe(new BigDecimal("8.0")));
        assertEquals("2 reps in reserve", Effort.rir(2).human());
        for (double bad : new double[] {0.5, 7.25, 10.5}) {
            assertEquals(
                    ModelField.EFFORT_RPE,
                    refused(() -> Effort.rpe(bad)).modelField().orElseThrow());
        }
        assertEquals(
                ModelField.EFFORT_RIR,
                refused(() -> Effort.rir(11)).modelField().orElseThrow());
        assertEquals(
                ModelField.EFFORT_RIR,
                refused(() -> Effort.rir(-1)).modelField().orElseThrow());
    }

    @Test
    void aTempoTimesEachRepInsteadOfThePace() {
        Prescription dose = Prescription.reps(5).sets(5).tempo("3-1-X-0");
        // 3 + 1 + 1 (X) + 0 = 5 s a rep; 5 reps × 5 sets = 125 s, no rest.
        assertEquals(Duration.ofSeconds(125), Timing.standard().of(ExerciseStep.of("back-squat", dose)));
        assertEquals("3-1-X-0", dose.tempo().text());
        assertEquals("3-1-X-0", Tempo.parse("3-1-x-0").text());
    }

    @Test
    void badTemposAreRefused() {
        for (String text : new String[] {"3-1-1", "31X0", "0-0-0-0", "3-1-1-0-0", "3-a-1-0", "31-0-0-0"}) {
            assertEquals(
                    ModelField.PRESCRIPTION_TEMPO,
                    refused(() -> Tempo.parse(text)).modelField().orElseThrow(),
                    text);
        }
        assertEquals(
                ModelField.PRESCRIPTION_TEMPO,
                refused(() -> Prescription.seconds(30).tempo("3-1-1-0"))
                        .modelField()
                        .orElseThrow());
        assertEquals(
                ModelField.PRESCRIPTION_TEMPO,
                refused(() -> Prescription.reps(5).hold(Duration.ofSeconds(20)).tempo("3-1-1-0"))
                        .modelField()
                        .orElseThrow());
    }

    @Test
    void aDistanceIsAThirdDoseTimedAtAnEasyRun() {
        Prescription dose = Prescription.distance("1.5km");
        // 1500 m at 6 min a km = 540 s.
        assertEquals(Duration.ofSeconds(540), Timing.standard().setWork(dose));
        assertEquals("1.5 km", DoseText.of(dose));
        // 1 mi = 1609.344 m → 1609 m × 0.36 s = 579.24 → 580 s (rounded up).
        assertEquals(Duration.ofSeconds(580), Timing.standard().setWork(Prescription.distance("1mi")));
        assertEquals("400m", Dose.Distance.parse("400 m").text());
        for (String text : new String[] {"0m", "400", "101km", "5 miles"}) {
            assertEquals(
                    ModelField.DOSE_DISTANCE,
                    refused(() -> Dose.Distance.parse(text)).modelField().orElseThrow(),
                    text);
        }
    }

    @Test
    void amrapAppliesToRepsOnlyAndTheRepsAreTheMinimum() {
        Prescription dose = Prescription.reps(8).amrap();
        assertTrue(((Dose.Reps) dose.dose()).amrap());
        assertEquals("AMRAP, at least 8 reps", DoseText.of(dose));
        assertTrue(Timing.standard().explain(dose).estimated());
        assertEquals(
                ModelField.DOSE_AMRAP,
                refused(() -> Prescription.seconds(30).amrap()).modelField().orElseThrow());
    }

    @Test
    void aCardSaysLoadEffortAndTempoInTheUnitWritten() {
        assertEquals(
                "5 reps × 5 sets at 225 lb, RPE 8, tempo 3-1-1-0, 3 min rest",
                DoseText.of(Prescription.reps(5)
                        .sets(5)
                        .rest(Duration.ofMinutes(3))
                        .load("225lb")
                        .effort(Effort.rpe(8))
                        .tempo("3-1-1-0")));
        assertEquals(
                "10 reps at 75 % of max, 2 reps in reserve",
                DoseText.of(Prescription.reps(10).load("75%").effort(Effort.rir(2))));
    }

    @Test
    void theBuiltInLiftsCarryTheCatalogsEffortNotInventedKilograms() {
        Program legDay = BuiltInCatalog.PAIN_FREE_LEG_DAY;
        assertTrue(legDay.description().contains("Loads are the catalog's choice given as effort, RPE 7"));
        for (String lift : new String[] {"back-squat", "deadlift"}) {
            Prescription dose = legDay.sessions().get(0).exerciseSteps().stream()
                    .filter(step -> step.exercise().value().equals(lift))
                    .findFirst()
                    .orElseThrow()
                    .prescription();
            assertEquals(Effort.rpe(7), dose.effort(), lift);
            assertEquals(null, dose.load(), lift);
            assertEquals(DoseSource.CATALOG, dose.source(), lift);
        }
    }
}
