package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.program.ProgramId;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code limber delete}: what was imported can be removed, all or nothing, as the service would. */
abstract class DeleteContract extends StoreTest {

    /** A document with two exercises, one of them used by a program; ids start with {@code prefix}. */
    private void importDocument(String prefix) throws IOException {
        String document = CliContract.GOOD
                .replace("hip-airplane", prefix + "-airplane")
                .replace("airplane-warm-up", prefix + "-warm-up")
                .replace("programs:\n", """
                          - id: %s-unused
                            name: Unused Move
                            kind: mobility
                            laterality: bilateral
                            primary: [hips]
                        programs:
                        """.formatted(prefix));
        CliRun imported = limber("import", file(prefix + ".yaml", document).toString());
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
    }

    private boolean exerciseStored(String id) {
        return store.getBean(Exercises.class).find(ExerciseId.of(id)).isPresent();
    }

    private boolean programStored(String id) {
        return store.getBean(Programs.class).find(ProgramId.of(id)).isPresent();
    }

    @Test
    void whatWasImportedCanBeDeleted() throws IOException {
        importDocument("gone");

        CliRun program = limber("delete", "program", "gone-warm-up");
        assertEquals(ExitCodes.OK, program.exitCode(), program.err());
        assertEquals("Deleted 1 program: gone-warm-up.\n", program.out());
        assertFalse(programStored("gone-warm-up"));

        CliRun exercises = limber("delete", "exercises", "gone-airplane", "gone-unused");
        assertEquals(ExitCodes.OK, exercises.exitCode(), exercises.err());
        assertEquals("Deleted 2 exercises: gone-airplane, gone-unused.\n", exercises.out());
        assertFalse(exerciseStored("gone-airplane") || exerciseStored("gone-unused"));
    }

    @Test
    void anExerciseAProgramUsesIsRefusedWith5NamingTheProgramAndNothingIsDeleted() throws IOException {
        importDocument("used");

        CliRun run = limber("delete", "exercise", "used-unused", "used-airplane");

        assertEquals(ExitCodes.IN_USE, run.exitCode(), run.err());
        assertTrue(run.err().contains("used-airplane is used by used-warm-up; nothing was deleted"), run.err());
        assertTrue(exerciseStored("used-unused"), "all or nothing: the unused one stays");
        assertTrue(exerciseStored("used-airplane"));
    }

    @Test
    void anUnknownIdExits3NamingTheNearestAndNothingIsDeleted() throws IOException {
        importDocument("near");

        CliRun run = limber("delete", "program", "near-warm-up", "near-warm");

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("no program with id near-warm; did you mean near-warm-up?"), run.err());
        assertTrue(programStored("near-warm-up"), "all or nothing");
    }

    @Test
    void deleteAloneAsksWhatToDelete() {
        CliRun run = CliRun.of("delete");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("exercise or program"), run.err());
    }

    @Test
    void completionOffersTheStoredIdsToDelete() throws IOException {
        importDocument("complete");

        CliRun run = limber("completion");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String programIds = run.out()
                .lines()
                .filter(line -> line.contains("ID_pos_param_args") && line.contains("quick-leg-day-warm-up"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no program ids to complete:\n" + run.out()));
        assertTrue(programIds.contains("\"complete-warm-up\""), programIds);
        assertTrue(run.out().contains("\"complete-unused\""), "exercise ids too");
    }
}
