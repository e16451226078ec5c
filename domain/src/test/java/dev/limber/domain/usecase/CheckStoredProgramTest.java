package dev.limber.domain.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.rules.ValidationReport;
import dev.limber.domain.store.memory.InMemoryStore;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The findings of a stored program: the same as checking the program read, in one read unit. */
class CheckStoredProgramTest {
    private final InMemoryStore store = new InMemoryStore();

    CheckStoredProgramTest() {
        new SeedBuiltInCatalog(store.exercises(), store.programs(), store.transactions()).ifEmpty();
    }

    @Test
    void findsWhatCheckingTheStoredProgramFinds() {
        UseCases all = UseCases.over(store.exercises(), store.programs(), store.transactions());
        Program stored = BuiltInCatalog.PAIN_FREE_LEG_DAY;
        ValidationReport report = all.checkStoredProgram().check(stored.id());
        assertEquals(all.validateProgram().validate(stored), report);
        assertEquals(stored.id(), report.program());
    }

    @Test
    void readsTheProgramAndItsExercisesInOneReadUnit() {
        int[] units = {0};
        Transactions counting = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                throw new AssertionError("a check writes nothing");
            }

            @Override
            public <T> T reading(Supplier<T> work) {
                units[0]++;
                return store.transactions().reading(work);
            }
        };
        UseCases all = UseCases.over(store.exercises(), store.programs(), counting);
        all.checkStoredProgram().check(BuiltInCatalog.PAIN_FREE_LEG_DAY.id());
        assertEquals(1, units[0]);
    }

    @Test
    void aMissingProgramNamesTheNearestStoredIds() {
        UseCases all = UseCases.over(store.exercises(), store.programs(), store.transactions());
        String nearest = BuiltInCatalog.PAIN_FREE_LEG_DAY.id().value();
        NotFoundException missing = assertThrows(
                NotFoundException.class, () -> all.checkStoredProgram().check(ProgramId.of(nearest + "x")));
        assertTrue(missing.getMessage().contains(nearest), missing.getMessage());
    }
}
