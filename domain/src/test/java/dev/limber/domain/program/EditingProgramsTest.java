package dev.limber.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.timing.Durations;
import dev.limber.domain.timing.Timing;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An embedding app changes one part of a program without rebuilding the tree by hand. */
class EditingProgramsTest {
    private static final Program QUICK = BuiltInCatalog.QUICK_LEG_DAY_WARM_UP;
    private static final String SESSION = "Leg day warm-up";

    private static Phase warmUp() {
        return QUICK.sessions().get(0).phases().get(0);
    }

    @Test
    void changingOneStepKeepsEverythingElseAndLeavesTheOriginalAlone() {
        // The article's leg swings are 30 s on each leg; 45 s each adds 30 s to its 5 min 30 s.
        Program longer = QUICK.withSession(
                SESSION,
                session -> session.withPhase(
                        PhaseKind.WARM_UP,
                        phase -> phase.withStep(
                                0,
                                ExerciseStep.of(
                                        "leg-swings", Prescription.seconds(45).eachSide()))));

        assertEquals("5 min 30 s", Durations.human(Timing.standard().of(QUICK)));
        assertEquals("6 min", Durations.human(Timing.standard().of(longer)));
        List<Step> before = warmUp().steps();
        List<Step> after = longer.sessions().get(0).phases().get(0).steps();
        assertEquals(before.size(), after.size());
        assertEquals(before.subList(1, before.size()), after.subList(1, after.size()));
        assertNotEquals(before.get(0), after.get(0));
        assertEquals(QUICK, longer.withSessions(QUICK.sessions()));
    }

    @Test
    void stepsAreInsertedAddedAndRemovedByPosition() {
        Phase warmUp = warmUp();
        ExerciseStep plank = ExerciseStep.of("plank", Prescription.seconds(30));

        assertEquals(plank, warmUp.withStepInserted(0, plank).steps().get(0));
        List<Step> added = warmUp.withStepAdded(plank).steps();
        assertEquals(warmUp.steps().size() + 1, added.size());
        assertEquals(plank, added.get(added.size() - 1));
        assertEquals(
                warmUp.steps().subList(1, warmUp.steps().size()),
                warmUp.withoutStep(0).steps());
        assertEquals(plank, warmUp.withStep(1, step -> plank).steps().get(1));
    }

    @Test
    void namesTagsDaysAndSessionsChangeThroughTheSameChecksAsConstruction() {
        Program renamed = QUICK.withName("My warm-up").withDescription("").withTags(List.of("mine"));
        assertEquals("My warm-up", renamed.name());
        assertEquals(List.of("mine"), renamed.tags());
        assertEquals(QUICK.sessions(), renamed.sessions());

        Session monday = QUICK.sessions().get(0).withName("Monday").withDays(Set.of(DayOfWeek.MONDAY));
        Program twice = QUICK.withSessionAdded(monday);
        assertEquals(
                List.of(SESSION, "Monday"),
                twice.sessions().stream().map(Session::name).toList());
        assertEquals(List.of(monday), twice.withoutSession(SESSION).sessions());

        assertThrows(InvalidValueException.class, () -> QUICK.withName(" "));
        InvalidValueException repeated = assertThrows(
                InvalidValueException.class,
                () -> QUICK.withSessionAdded(QUICK.sessions().get(0)));
        assertTrue(repeated.getMessage().contains("must have unique names"), repeated.getMessage());
    }

    @Test
    void whatIsNotThereIsNamedInTheRefusal() {
        assertEquals(
                "session.name names no session of program quick-leg-day-warm-up (was \"Arm day\")",
                assertThrows(InvalidValueException.class, () -> QUICK.withSession("Arm day", session -> session))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> QUICK.withoutSession("Arm day"));
        String noMain = assertThrows(
                        InvalidValueException.class,
                        () -> QUICK.sessions().get(0).withPhase(PhaseKind.MAIN, phase -> phase))
                .getMessage();
        assertTrue(noMain.contains("is not a phase of session Leg day warm-up"), noMain);
        Phase warmUp = warmUp();
        assertEquals(
                "steps has no step at that index (0 to 5) (was 6)",
                assertThrows(
                                InvalidValueException.class,
                                () -> warmUp.withStep(6, warmUp.steps().get(0)))
                        .getMessage());
        Phase one = Phase.of(PhaseKind.WARM_UP, warmUp.steps().get(0));
        assertThrows(InvalidValueException.class, () -> one.withoutStep(0));
    }
}
