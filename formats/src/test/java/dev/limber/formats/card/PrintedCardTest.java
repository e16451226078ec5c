package dev.limber.formats.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.limber.domain.card.CardLine;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Timing;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML card as it comes out of a printer: every built-in program printed to PDF by headless
 * Chromium, read back with pdftotext (poppler-utils). Nothing may be clipped: every step, its
 * starting position and its cues are in the PDF's text, and every sheet is headed with the
 * program and one of its sessions.
 *
 * <p>Switched on by {@code LIMBER_TEST_CHROMIUM} (CI sets it to the browser's path): then a
 * missing browser or pdftotext fails the test. Without it the test runs when {@code chromium} and
 * {@code pdftotext} are on the PATH and is skipped, saying so, when they are not.
 */
class PrintedCardTest {
    static final String SWITCH = "LIMBER_TEST_CHROMIUM";
    private static final long SECONDS_A_PRINT = 120;

    private final RoutineCards cards = new RoutineCards(ExerciseLookup.builtIn(), Timing.standard());

    @Test
    void everyBuiltInProgramPrintsEveryStepOnSheetsHeadedWithProgramAndSession(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path chromium = tool(System.getenv(SWITCH), "chromium");
        Path pdftotext = tool(null, "pdftotext");
        Path pdfinfo = tool(null, "pdfinfo");
        // One browser a program, all at once: each has a profile folder of its own.
        Map<Program, Process> prints = new LinkedHashMap<>();
        for (Program program : BuiltInCatalog.catalog().programs()) {
            String id = program.id().value();
            Path html = dir.resolve(id + ".html");
            Files.writeString(html, CardFormat.HTML.render(cards.of(program)), StandardCharsets.UTF_8);
            prints.put(
                    program,
                    new ProcessBuilder(
                                    chromium.toString(),
                                    "--headless",
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--no-pdf-header-footer",
                                    "--user-data-dir=" + dir.resolve(id + "-profile"),
                                    "--print-to-pdf=" + dir.resolve(id + ".pdf"),
                                    html.toUri().toString())
                            .redirectErrorStream(true)
                            .redirectOutput(dir.resolve(id + ".log").toFile())
                            .start());
        }
        for (Map.Entry<Program, Process> print : prints.entrySet()) {
            String id = print.getKey().id().value();
            finish(print.getValue(), "chromium printing " + id, dir.resolve(id + ".log"));
            assertEquals(
                    "297.6 x 419.5",
                    pageSize(pdfinfo, dir.resolve(id + ".pdf"), dir),
                    id + " is printed on A6 sheets (105 × 148 mm, in points)");
            List<String> sheets = pages(pdftotext, dir.resolve(id + ".pdf"), dir);
            checkPrinted(print.getKey(), cards.of(print.getKey()), sheets);
        }
    }

    private static void checkPrinted(Program program, RoutineCard card, List<String> sheets) {
        String all = squeezed(String.join("", sheets));
        for (CardLine line : card.lines()) {
            if (line instanceof CardLine.StepLine step) {
                assertTrue(all.contains(squeezed(step.name())), program.id() + " lost step " + step.name());
                for (String cue : step.cues()) {
                    assertTrue(all.contains(squeezed(cue)), program.id() + " lost the cue " + cue);
                }
                if (step.startingPosition() != null) {
                    assertTrue(
                            all.contains(squeezed(step.startingPosition())),
                            program.id() + " lost the starting position of " + step.name());
                }
            }
        }
        List<String> sessions = program.sessions().stream().map(Session::name).toList();
        for (int i = 0; i < sheets.size(); i++) {
            String sheet = squeezed(sheets.get(i));
            assertTrue(
                    sheet.contains(squeezed(program.name())), program.id() + ": sheet " + (i + 1) + " has no program");
            assertTrue(
                    sessions.stream().anyMatch(name -> sheet.contains(squeezed(name))),
                    program.id() + ": sheet " + (i + 1) + " names no session");
        }
        assertTrue(
                sheets.size() >= program.sessions().size(),
                program.id() + ": each session starts a sheet of its own, " + sheets.size() + " sheets");
    }

    /** The text of each page; pdftotext ends each with a form feed. */
    private static List<String> pages(Path pdftotext, Path pdf, Path dir) throws IOException, InterruptedException {
        Path text = dir.resolve(pdf.getFileName() + ".txt");
        Process process = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), text.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        dir.resolve(pdf.getFileName() + ".pdftotext.log").toFile())
                .start();
        finish(process, "pdftotext " + pdf.getFileName(), dir.resolve(pdf.getFileName() + ".pdftotext.log"));
        List<String> pages = new ArrayList<>(
                List.of(Files.readString(text, StandardCharsets.UTF_8).split("\f")));
        pages.removeIf(String::isBlank);
        return pages;
    }

    /** The first page's size in points, to one decimal, from pdfinfo's {@code Page size:} line. */
    private static String pageSize(Path pdfinfo, Path pdf, Path dir) throws IOException, InterruptedException {
        Path info = dir.resolve(pdf.getFileName() + ".info");
        Process process = new ProcessBuilder(pdfinfo.toString(), pdf.toString())
                .redirectErrorStream(true)
                .redirectOutput(info.toFile())
                .start();
        finish(process, "pdfinfo " + pdf.getFileName(), info);
        Matcher size = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")
                .matcher(Files.readString(info, StandardCharsets.UTF_8));
        assertTrue(size.find(), "pdfinfo names no page size: " + Files.readString(info, StandardCharsets.UTF_8));
        // Chromium rounds millimetres to its own units: allow a point either way.
        double width = Double.parseDouble(size.group(1));
        double height = Double.parseDouble(size.group(2));
        return Math.abs(width - 297.6) <= 1 && Math.abs(height - 419.5) <= 1
                ? "297.6 x 419.5"
                : size.group(1) + " x " + size.group(2);
    }

    private static void finish(Process process, String what, Path log) throws IOException, InterruptedException {
        if (!process.waitFor(SECONDS_A_PRINT, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(what + " took more than " + SECONDS_A_PRINT + " s");
        }
        assertEquals(0, process.exitValue(), what + " failed: " + Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * The program to run: the one the switch names (a path or a command), else {@code name} on the
     * PATH. Missing with the switch on fails the test; missing without it skips it.
     */
    private static Path tool(String named, String name) {
        boolean on = System.getenv(SWITCH) != null && !System.getenv(SWITCH).isBlank();
        String wanted = named == null || named.isBlank() ? name : named;
        Optional<Path> found = onPath(wanted);
        if (found.isEmpty()) {
            String how = name + " (Debian: apt-get install chromium poppler-utils)";
            if (on) {
                fail(SWITCH + " is set but " + wanted + " is not there: install " + how);
            }
            Assumptions.abort("The printed-card test is skipped: " + wanted + " is not on the PATH. Install " + how
                    + ", or set " + SWITCH + "=/path/to/chromium; see docs/testing.md.");
        }
        return found.get();
    }

    private static Optional<Path> onPath(String command) {
        if (command.contains(File.separator)) {
            Path path = Path.of(command);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Text without white space: a name wrapped over two lines of the PDF still matches. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
