package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.store.memory.InMemoryStore;
import dev.limber.domain.usecase.FindProgram;
import dev.limber.domain.usecase.SaveProgram;
import dev.limber.domain.usecase.SeedBuiltInCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store example of docs/library.md: an embedding app's own code, written against
 * the ports, tested on the in-memory store. Exported packages only, as for the other example.
 */
class InMemoryStoreUsageTest {

    // --8<-- [start:app]
    /** An app's own service: coaches rename the plans they read, without overwriting each other. */
    static final class CoachPlans {
        private final FindProgram find;
        private final SaveProgram save;

        CoachPlans(Exercises exercises, Programs programs) {
            this.find = new FindProgram(programs);
            this.save = new SaveProgram(exercises, programs);
        }

        Stored<Program> rename(ProgramId id, String name, long versionRead) {
            Program plan = find.byId(id).value();
            Program renamed = new Program(id, name, plan.description(), plan.tags(), plan.sessions());
            return save.save(new SaveProgram.Command(renamed, ExpectedVersion.exactly(versionRead)));
        }
    }
    // --8<-- [end:app]

    @Test
    void aCoachRenamesAPlanAndAStaleRenameIsRefused() {
        // --8<-- [start:test]
        Instant nine = Instant.parse("2026-12-01T09:00:00Z");
        InMemoryStore store = new InMemoryStore(Clock.fixed(nine, ZoneOffset.UTC)); // or new InMemoryStore()
        new SeedBuiltInCatalog(store.exercises(), store.programs(), store.transactions()).ifEmpty();
        CoachPlans plans = new CoachPlans(store.exercises(), store.programs());
        ProgramId legDay = BuiltInCatalog.PAIN_FREE_LEG_DAY.id();

        Stored<Program> renamed = plans.rename(legDay, "Monday Legs", 1); // seeded plans are at version 1
        ConflictException stale = assertThrows(
                ConflictException.class,
                () -> plans.rename(legDay, "Tuesday Legs", 1)); // a second coach read version 1 too
        // --8<-- [end:test]
        assertEquals(2L, renamed.version());
        assertEquals(nine, renamed.updatedAt());
        assertEquals(ConflictException.Reason.STALE_VERSION, stale.reason());
        assertEquals(
                "Monday Legs",
                store.programs().find(legDay).orElseThrow().value().name());
        assertTrue(store.programs().count() > 1);
    }
}
