package dev.limber.cli.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Import progress: a line per phase, drawn in place on stderr on a terminal, silent elsewhere. */
class ImportProgressTest {

    /** Every phase of a large import, as the command goes through them. */
    private static void importLarge(ImportProgress progress, long bytes, int items) {
        progress.reading(bytes);
        progress.readUpTo(bytes / 2);
        progress.readUpTo(bytes);
        progress.checking(items);
        for (int i = 0; i < items; i++) {
            progress.checked();
        }
        progress.opening();
        progress.writing(items);
        progress.stepBy(items - 73);
        progress.stepBy(73);
        progress.committing();
    }

    @Test
    void aLargeImportShowsEachPhaseOnItsOwnLine() {
        StringWriter err = new StringWriter();
        try (ImportProgress progress = ImportProgress.on(new PrintWriter(err), true)) {
            importLarge(progress, 2_000_000, 20_000);
        }
        String drawn = err.toString();
        assertTrue(drawn.startsWith("\r"), "redrawn in place: " + drawn);
        assertTrue(drawn.endsWith(System.lineSeparator()), "the last line is finished when done");
        List<String> lines = lastStates(drawn);
        assertEquals(5, lines.size(), drawn);
        List<String> phases = List.of("Reading", "Checking", "Opening the database", "Writing", "Committing");
        for (int i = 0; i < phases.size(); i++) {
            assertTrue(lines.get(i).startsWith(phases.get(i)), lines.get(i));
        }
        assertTrue(lines.get(0).contains("100%") && lines.get(0).contains("2000/2000 kB"), lines.get(0));
        assertTrue(lines.get(1).contains("20000/20000 items"), lines.get(1));
        assertTrue(lines.get(3).contains("100%") && lines.get(3).contains("20000/20000 items"), lines.get(3));
        assertTrue(lines.get(4).matches("Committing \\.\\.\\. done in \\d+\\.\\d s"), lines.get(4));
    }

    /** What the terminal shows: each line's last state after its carriage returns. */
    private static List<String> lastStates(String drawn) {
        return java.util.Arrays.stream(drawn.split(java.util.regex.Pattern.quote(System.lineSeparator())))
                .map(line -> line.substring(line.lastIndexOf('\r') + 1))
                .toList();
    }

    @Test
    void aSmallImportDrawsNothing() {
        StringWriter err = new StringWriter();
        try (ImportProgress progress = ImportProgress.on(new PrintWriter(err), true)) {
            importLarge(progress, 40_000, ImportProgress.LONG_IMPORT - 1);
        }
        assertEquals("", err.toString());
    }

    @Test
    void manyItemsInASmallFileShowFromCheckingOn() {
        StringWriter err = new StringWriter();
        try (ImportProgress progress = ImportProgress.on(new PrintWriter(err), true)) {
            importLarge(progress, 40_000, 5_000);
        }
        assertTrue(lastStates(err.toString()).get(0).startsWith("Checking"), err.toString());
    }

    @Test
    void progressNotAllowedDrawsNothing() {
        StringWriter err = new StringWriter();
        try (ImportProgress progress = ImportProgress.on(new PrintWriter(err), false)) {
            importLarge(progress, 2_000_000, 20_000);
        }
        assertEquals("", err.toString());
    }

    @Test
    void notAllowedWithoutATerminalOrWhenSwitchedOff() {
        // Tests run without a terminal: System.console() is null under Maven.
        assertFalse(ImportProgress.allowed(false));
        assertFalse(ImportProgress.allowed(true));
    }
}
