package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that need no database do not open one: a document naming only its own and built-in
 * exercises is checked and printed, desk breaks planned and {@code warm-up --built-in} built,
 * without the embedded database being created under {@code LIMBER_HOME}; an exercise that is
 * neither in the document nor built in opens it, and the command says so. Each run is a process
 * of its own on a fresh {@code LIMBER_HOME}, as a user's first run.
 */
class NoDatabaseTest {
    private static final String OPENING = "neither in the document nor built in; looking in the database";
    private static final String LEG_DAY = StoreTest.fixture("good/leg-day.yaml").toString();

    @TempDir
    Path folder;

    private Path home;

    @BeforeEach
    void freshHome() throws IOException {
        home = Files.createDirectories(folder.resolve("home"));
    }

    @Test
    void aDocumentOfItsOwnAndBuiltInExercisesIsCheckedAndPrintedWithoutADatabase() throws Exception {
        LimberProcess validate = limber("validate", LEG_DAY);
        assertEquals(ExitCodes.OK, validate.status(), validate.output());
        assertTrue(validate.out().contains(LEG_DAY + ":17:13: warning warm-up-duration"), validate.out());
        assertFalse(validate.out().contains("unknown-exercise"), "own and built-in exercises are found");

        LimberProcess card = limber("card", LEG_DAY);
        assertEquals(ExitCodes.OK, card.status(), card.output());
        assertTrue(card.out().contains("Hip Airplane: 45 s each side"), "the document's own: " + card.out());
        assertTrue(card.out().contains("Back Squat: 8 reps × 3"), "a built-in one: " + card.out());

        LimberProcess timeline = limber("timeline", LEG_DAY, "--switch-sides=5s");
        assertEquals(ExitCodes.OK, timeline.status(), timeline.output());
        assertTrue(timeline.out().contains("Leg Swings, left side: 30 s"), timeline.out());

        LimberProcess deskBreaks = limber("desk-breaks");
        assertEquals(ExitCodes.OK, deskBreaks.status(), deskBreaks.output());

        for (LimberProcess run : List.of(validate, card, timeline, deskBreaks)) {
            assertFalse(run.err().contains(OPENING), run.err());
        }
        assertNoDatabase();
    }

    @Test
    void anExerciseNeitherInTheDocumentNorBuiltInOpensTheDatabaseAndSaysSo() throws Exception {
        String backwards = StoreTest.fixture("validate/backwards-day.yaml").toString();
        LimberProcess run = limber("validate", backwards);
        assertEquals(ExitCodes.FINDINGS, run.status(), run.output());
        assertTrue(run.err().startsWith("limber: ghost-move is " + OPENING + "\n"), run.err());
        assertTrue(run.out().contains(":26:27: error unknown-exercise unknown exercise ghost-move"), run.out());
        assertTrue(Files.exists(database()), "the embedded database was opened: " + list());
        assertFalse(
                Files.exists(database().resolveSibling("limber.trace.db")),
                "opening a new database leaves no H2 error trace beside it: " + list());
    }

    /** {@code validate} refuses the dangling {@code variationOf} links {@code import} refuses, placed alike. */
    @Test
    void variationOfLinksAreCheckedAsAnImportChecksThem() throws Exception {
        Path linked = folder.resolve("linked.yaml");
        Files.writeString(linked, """
                limber: 1
                exercises:
                  - id: my-squat
                    name: My Squat
                    kind: strength
                    primary: [quadriceps]
                    variationOf: bodyweight-squat
                  - id: my-lunge
                    name: My Lunge
                    kind: strength
                    primary: [quadriceps]
                    variationOf: my-squat
                """);
        LimberProcess known = limber("validate", linked.toString());
        assertEquals(ExitCodes.OK, known.status(), known.output());
        assertFalse(known.err().contains(OPENING), "a built-in and a document's own parent need no database");
        assertNoDatabase();

        Path dangling = folder.resolve("dangling.yaml");
        Files.writeString(
                dangling,
                Files.readString(linked).replace("variationOf: bodyweight-squat", "variationOf: no-such-move"));
        String expected =
                dangling + ":7:18: variationOf names unknown exercise no-such-move (neither imported nor stored)\n";
        LimberProcess validate = limber("validate", dangling.toString());
        assertEquals(ExitCodes.INVALID_INPUT, validate.status(), validate.output());
        assertTrue(validate.err().contains(expected), validate.err());
        assertTrue(validate.err().contains("no-such-move is " + OPENING), "the store was asked too: " + validate.err());
        LimberProcess json = limber("validate", dangling.toString(), "--output=json");
        assertEquals(ExitCodes.INVALID_INPUT, json.status(), json.output());
        assertTrue(json.out().contains("\"valid\": false"), json.out());
        assertTrue(json.out().contains("\"pointer\": \"/exercises/0/variationOf\""), json.out());

        LimberProcess dryRun = limber("import", "--dry-run", dangling.toString());
        assertEquals(ExitCodes.INVALID_INPUT, dryRun.status(), dryRun.output());
        assertTrue(dryRun.err().contains(expected), "the same words as an import: " + dryRun.err());
    }

    @Test
    void aBuiltInWarmUpNeedsNoDatabaseAndIsTheOneAFreshDatabaseGives() throws Exception {
        LimberProcess areas = limber("warm-up", "--targets", "hamstrings,glutes,hips", "--built-in");
        assertEquals(ExitCodes.OK, areas.status(), areas.output());
        assertTrue(areas.out().contains("Leg Swings — 30 s each side"), areas.out());
        LimberProcess program = limber("warm-up", "--for", "pain-free-leg-day", "--minutes", "5", "--built-in");
        assertEquals(ExitCodes.OK, program.status(), program.output());
        LimberProcess unknown = limber("warm-up", "--for", "pain-free-leg", "--built-in");
        assertEquals(ExitCodes.INVALID_INPUT, unknown.status(), unknown.output());
        assertEquals(
                "limber: no program with id pain-free-leg; did you mean pain-free-leg-day?\n",
                unknown.err(),
                "the built-in programs are the ones looked in");
        LimberProcess save = limber("warm-up", "--targets", "hips", "--built-in", "--save", "my-warm-up");
        assertEquals(ExitCodes.USAGE, save.status(), save.output());
        assertTrue(
                save.err().startsWith("--save stores the warm-up in the database; leave out --built-in\n"), save.err());
        assertNoDatabase();

        assertEquals(
                areas.out(),
                limber("warm-up", "--targets", "hamstrings,glutes,hips").out(),
                "the same warm-up as from a fresh database");
        assertEquals(
                program.out(),
                limber("warm-up", "--for", "pain-free-leg-day", "--minutes", "5")
                        .out());
        assertTrue(Files.exists(database()), "the database commands opened it: " + list());
    }

    @Test
    void aDocumentPrintsAsTheSameProgramStoredInTheDatabasePrints() throws Exception {
        LimberProcess card = limber("card", LEG_DAY, "--format=markdown");
        LimberProcess timeline = limber("timeline", LEG_DAY, "--get-ready=10s");
        assertNoDatabase();

        assertEquals(ExitCodes.OK, limber("import", LEG_DAY).status());
        LimberProcess storedCard = limber("card", "airplane-leg-day", "--format=markdown");
        assertEquals(ExitCodes.OK, storedCard.status(), storedCard.output());
        assertEquals(storedCard.out(), card.out());
        assertEquals(limber("timeline", "airplane-leg-day", "--get-ready=10s").out(), timeline.out());
    }

    @Test
    void findingsAreWordedInTheLanguageOfTheEnvironmentOrOfLocale() throws Exception {
        // de_DE may not be installed here, so the JVM may print ASCII: the checks avoid umlauts.
        Map<String, String> german = Map.of("LC_ALL", "", "LC_MESSAGES", "", "LANG", "de_DE.UTF-8");
        LimberProcess fromLang = LimberProcess.run(home, german, "validate", LEG_DAY, "--explain");
        assertEquals(ExitCodes.OK, fromLang.status(), fromLang.output());
        assertTrue(fromLang.out().contains(LEG_DAY + ":17:13: warning warm-up-duration das Aufw"), fromLang.out());
        assertTrue(fromLang.out().contains("dauert 2 min 30 s, unter 5 min bis 10 min (die Spanne des Artikels)"));
        assertTrue(fromLang.out().contains("  why: Der Autor des Artikels"), fromLang.out());

        LimberProcess english = LimberProcess.run(home, german, "validate", LEG_DAY, "--locale=en");
        assertTrue(
                english.out().contains(LEG_DAY + ":17:13: warning warm-up-duration the warm-up takes"), english.out());

        LimberProcess json = LimberProcess.run(
                home, Map.of("LC_ALL", "C.UTF-8"), "validate", LEG_DAY, "--locale", "de-AT", "--output=json");
        assertEquals(ExitCodes.OK, json.status(), json.output());
        assertTrue(json.out().contains("\"language\": \"de\""), json.out());
        assertTrue(json.out().contains("\"key\": \"warm-up-duration.too-short\""), json.out());
        assertTrue(json.out().contains("\"message\": \"das Aufwärmen dauert"), json.out());

        LimberProcess french = LimberProcess.run(home, german, "validate", LEG_DAY, "--locale=fr");
        assertEquals(ExitCodes.USAGE, french.status(), french.output());
        assertTrue(
                french.err()
                        .contains("--locale: 'fr' is a language Limber has no findings text for; use one of en, de"),
                french.err());
        assertNoDatabase();
    }

    private LimberProcess limber(String... arguments) throws Exception {
        return LimberProcess.run(home, Map.of(), arguments);
    }

    /** The embedded database's file under LIMBER_HOME. */
    private Path database() {
        return home.resolve("limber.mv.db");
    }

    private void assertNoDatabase() throws IOException {
        assertFalse(Files.exists(database()), "no database file: " + list());
        assertEquals(List.of(), list(), "nothing at all is written under LIMBER_HOME");
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            return files.toList();
        }
    }
}
