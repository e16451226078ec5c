package dev.limber.cli.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 12: an internal failure is one short line that says so and points at -v, whatever it carries. */
class ExitCodesTest {

    @Test
    void anInternalFailureIsOneShortLinePointingAtVerbose() {
        String sql = "Value too long for column \"NAME CHARACTER VARYING(200)\": \"" + "x".repeat(5_000_000)
                + "\"; SQL statement:\nINSERT INTO exercise (id, name) VALUES (?, ?) [22001-232]";
        String line = ExitCodes.internal(new IllegalStateException(sql), false);
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.length() < 300, line);
        assertTrue(
                line.startsWith("limber: internal error, not a problem with the input (IllegalStateException: "), line);
        assertTrue(line.endsWith("; run again with -v (--verbose) for details"), line);
        assertFalse(line.contains("INSERT"), line);
        assertFalse(ExitCodes.internal(new NullPointerException(), true).contains("-v"));
    }
}
