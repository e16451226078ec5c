package dev.limber.cli.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The import progress bar: drawn in place on stderr on a terminal, silent elsewhere. */
class ImportProgressTest {

    @Test
    void aBarRedrawsInPlaceAndEndsAtTheTotal() {
        StringWriter err = new StringWriter();
        try (ImportProgress progress = ImportProgress.start(new PrintWriter(err), 873, true)) {
            progress.stepBy(500);
            progress.stepBy(373);
        }
        String drawn = err.toString();
        assertTrue(drawn.startsWith("\r"), "redrawn in place: " + drawn);
        assertTrue(drawn.contains("Importing"), drawn);
        assertTrue(drawn.contains("100%"), drawn);
        assertTrue(drawn.contains("873/873"), drawn);
        assertTrue(drawn.endsWith(System.lineSeparator()), "the line is finished when done");
    }

    @Test
    void aHiddenBarWritesNothing() {
        StringWriter err = new StringWriter();
        try (ImportProgress progress = ImportProgress.start(new PrintWriter(err), 873, false)) {
            progress.stepBy(873);
        }
        assertEquals("", err.toString());
    }

    @Test
    void noBarWithoutATerminalForShortImportsOrWhenSwitchedOff() {
        // Tests run without a terminal: System.console() is null under Maven.
        assertFalse(ImportProgress.wanted(100_000, false));
        assertFalse(ImportProgress.wanted(10, false));
        assertFalse(ImportProgress.wanted(100_000, true));
    }
}
