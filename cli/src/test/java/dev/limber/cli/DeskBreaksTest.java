package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
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
    void anIntervalOutside30To60MinutesIsRefusedAsTyped() {
        CliRun run = CliRun.of("desk-breaks", "--every", "61m");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(
                "Invalid value for option '--every': '61m' is not between 30m and 1h; the article says to stand up"
                        + " every 30 to 60 minutes\nRun 'limber desk-breaks --help' for its options.\n",
                run.err());
        assertFalse(run.err().contains("PT1H1M"), run.err());
    }

    @Test
    void aStartWithOneDigitOfHoursWorks() {
        CliRun run = CliRun.of("desk-breaks", "--start", "9:00", "--end", "9:50", "--every", "45m");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Desk breaks 09:00–09:50, every 45 min: 1 break of 1 min"), run.out());
    }

    @Test
    void aBadTimeIsQuotedAsTypedWithoutAJavaClassName() {
        CliRun run = CliRun.of("desk-breaks", "--start", "9h");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(
                "Invalid value for option '--start': '9h' is not a time of day; write it like 9:00, 09:00 or 17:30\n"
                        + "Run 'limber desk-breaks --help' for its options.\n",
                run.err());
        assertFalse(run.err().contains("java."), run.err());
        CliRun date = CliRun.of("desk-breaks", "--ics", "/tmp/never-written.ics", "--date", "2026-13-01");
        assertEquals(ExitCodes.USAGE, date.exitCode());
        assertTrue(
                date.err()
                        .startsWith("Invalid value for option '--date': '2026-13-01' is not a date; write it like"
                                + " 2026-12-01\n"),
                date.err());
    }

    @Test
    void aNightShiftRunsPastMidnight(@TempDir Path folder) throws IOException {
        Path ics = folder.resolve("night.ics");
        CliRun run = CliRun.of(
                "desk-breaks",
                "--start",
                "22:00",
                "--end",
                "02:00",
                "--every",
                "1h",
                "--ics",
                ics.toString(),
                "--date",
                "2026-12-01");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(
                "Desk breaks 22:00–02:00 (overnight), every 1 h: 3 breaks of 1 min (Standing Forward Fold 30 s,"
                        + " Hip Hinge 10 reps)\n  23:00–23:01\n  00:00–00:01\n  01:00–01:01\n",
                run.out());
        String calendar = Files.readString(ics);
        assertTrue(calendar.contains("DTSTART:20261202T000000\r\n"), calendar);
    }

    @Test
    void aDayWithNoRoomForABreakSaysSo(@TempDir Path folder) {
        Path ics = folder.resolve("none.ics");
        CliRun run = CliRun.of("desk-breaks", "--start", "09:00", "--end", "09:30", "--ics", ics.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("limber: no break fits between 09:00 and 09:30"), run.err());
        assertFalse(Files.exists(ics), "nothing is written");
    }

    @Test
    void aWeekendDateStartsTheCalendarOnMonday(@TempDir Path folder) throws IOException {
        Path ics = folder.resolve("breaks.ics");
        CliRun run = CliRun.of("desk-breaks", "--every", "1h", "--ics", ics.toString(), "--date", "2026-12-05");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String calendar = Files.readString(ics);
        assertTrue(calendar.contains("DTSTART:20261207T100000\r\n"), calendar);
        assertEquals(7, calendar.split("BEGIN:VALARM", -1).length - 1, "a reminder for each event");
    }

    @Test
    void theCalendarFileGetsTheUsersUmaskAndAReplacedFileKeepsItsPermissions(@TempDir Path folder) throws IOException {
        Path ics = folder.resolve("breaks.ics");
        assertEquals(
                ExitCodes.OK, CliRun.of("desk-breaks", "--ics", ics.toString()).exitCode());
        Path probe = Files.createFile(folder.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(ics), "as any new file");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(ics, shared);
        assertEquals(
                ExitCodes.OK, CliRun.of("desk-breaks", "--ics", ics.toString()).exitCode());
        assertEquals(shared, Files.getPosixFilePermissions(ics));
    }

    @Test
    void aMissingFolderIsAnErrorNotCreated(@TempDir Path folder) {
        Path ics = folder.resolve("no-such-folder").resolve("breaks.ics");
        CliRun run = CliRun.of("desk-breaks", "--ics", ics.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--ics " + ics + ": cannot write it (no such folder: "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(ics.getParent()));
    }

    @Test
    void aDurationWithoutAUnitIsABadCommandLine() {
        CliRun run = CliRun.of("desk-breaks", "--every", "45");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--every': '45' is not a duration; write it like 30s, 1m"), run.err());
    }
}
