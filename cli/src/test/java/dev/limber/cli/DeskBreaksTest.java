package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limber desk-breaks}: a plan for the day and its calendar, with no database. */
class DeskBreaksTest {

    @Test
    void aWorkingDayGetsABreakEvery45Minutes() {
        CliRun run = CliRun.of("desk-breaks", "--start", "09:00", "--end", "17:00", "--every", "45m");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Desk breaks 09:00–17:00, every 45 min: 10 breaks of 1 min"), run.out());
        assertTrue(run.out().contains("  09:45–09:46\n"), run.out());
        assertTrue(run.out().contains("  16:30–16:31\n"), run.out());
    }

    @Test
    void theCalendarHasOneRepeatingEventPerBreak(@TempDir Path folder) throws IOException {
        Path ics = folder.resolve("breaks.ics");
        CliRun run = CliRun.of("desk-breaks", "--every", "1h", "--ics", ics.toString(), "--date", "2026-12-01");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String calendar = Files.readString(ics);
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR\r\n"), calendar);
        assertEquals(7, calendar.split("BEGIN:VEVENT", -1).length - 1, calendar);
        assertTrue(calendar.contains("DTSTART:20261201T100000\r\n"), calendar);
        assertTrue(calendar.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"), calendar);
        assertTrue(calendar.contains("UID:desk-break-1000@limber"), calendar);
        assertTrue(run.err().contains("Wrote 7 events"), run.err());
    }

    @Test
    void anIntervalOutside30To60MinutesIsRefusedNamingIt() {
        CliRun run = CliRun.of("desk-breaks", "--every", "20m");
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("interval") && run.err().contains("between 30 and 60 minutes"), run.err());
    }

    @Test
    void aDurationWithoutAUnitIsABadCommandLine() {
        CliRun run = CliRun.of("desk-breaks", "--every", "45");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--every': '45' is not a duration; write it like 30s, 1m"), run.err());
    }
}
