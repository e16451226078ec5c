package dev.limber.domain.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.limber.domain.ModelField;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.store.memory.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saving a program as an app edits it, and finding it again, on the in-memory store. */
class SaveProgramTest {
    private final InMemoryStore store = new InMemoryStore();
    private final SaveProgram save = new SaveProgram(store.exercises(), store.programs());
    private final FindProgram find = new FindProgram(store.programs());

    @BeforeEach
    void catalog() {
        store.exercises().addAll(List.of(BuiltInCatalog.LEG_SWINGS, BuiltInCatalog.GLUTE_BRIDGE));
    }

    private static Program bridges(String name, Prescription dose) {
        return Program.builder("bridges", name)
                .session(Session.of(
                        "S",
                        Phase.of(
                                PhaseKind.WARM_UP,
                                ExerciseStep.of(
                                        BuiltInCatalog.LEG_SWINGS,
                                        Prescription.seconds(30).eachSide())),
                        Phase.of(PhaseKind.MAIN, ExerciseStep.of("glute-bridge", dose))))
                .build();
    }

    @Test
    void aProgramOfKnownExercisesIsSavedAndFoundAgain() {
        Stored<Program> saved =
                save.save(new SaveProgram.Command(bridges("Bridges", Prescription.reps(10)), ExpectedVersion.absent()));
        assertEquals(1L, saved.version());
        assertEquals(saved, find.byId(ProgramId.of("bridges")));
    }

    @Test
    void everyMisfitIsLocatedAndNothingIsSaved() {
        Program misfits = Program.builder("misfits", "Misfits")
                .session(Session.of(
                        "S",
                        Phase.of(
                                PhaseKind.MAIN,
                                ExerciseStep.of("no-such-move", Prescription.reps(5)),
                                ExerciseStep.of(
                                        "glute-bridge", Prescription.seconds(30).eachSide()))))
                .build();
        MisfitStepsException refused = assertThrows(
                MisfitStepsException.class, () -> save.save(new SaveProgram.Command(misfits, ExpectedVersion.any())));
        assertEquals(
                List.of(0, 1),
                refused.problems().stream().map(p -> p.location().step()).toList());
        assertEquals(
                List.of(ModelField.STEP_EXERCISE, ModelField.PRESCRIPTION_PER_SIDE),
                refused.problems().stream()
                        .map(MisfitStepsException.Problem::field)
                        .toList());
        assertEquals("unknown exercise no-such-move", refused.problems().get(0).message());
        assertEquals(0, store.programs().count());
    }

    @Test
    void anEditMadeOnAStaleVersionIsRefusedAndTheNewerOneKept() {
        save.save(new SaveProgram.Command(bridges("Bridges", Prescription.reps(10)), ExpectedVersion.absent()));
        save.save(
                new SaveProgram.Command(bridges("Coach's bridges", Prescription.reps(12)), ExpectedVersion.exactly(1)));
        ConflictException refused = assertThrows(
                ConflictException.class,
                () -> save.save(new SaveProgram.Command(
                        bridges("My bridges", Prescription.reps(8)), ExpectedVersion.exactly(1))));
        assertEquals(ConflictException.Reason.STALE_VERSION, refused.reason());
        Stored<Program> kept = find.byId(ProgramId.of("bridges"));
        assertEquals("Coach's bridges", kept.value().name());
        assertEquals(2L, kept.version());
    }

    @Test
    void aProgramNobodySavedIsNotFound() {
        NotFoundException missing = assertThrows(NotFoundException.class, () -> find.byId(ProgramId.of("bridges")));
        assertEquals("no program with id bridges", missing.getMessage());
    }
}
