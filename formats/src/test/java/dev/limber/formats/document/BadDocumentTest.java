package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per kind of bad input. Each expected problem is {@code LINE:COLUMN: fragment} (or
 * {@code " fragment"} when no line is known); a fixture must yield exactly those problems, all of
 * them, in the rendered form {@code FILE:LINE:COLUMN: message}.
 */
class BadDocumentTest {
    private final DocumentReader reader = new DocumentReader();

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of(
                        "malformed.json", List.of("4:47: malformed JSON: expected the node content, but found ','")),
                Arguments.of("malformed.yaml", List.of("5:4: malformed YAML: expected <block end>")),
                Arguments.of(
                        "wrong-types.yaml",
                        List.of(
                                "4:11: name must be text, found a list",
                                "6:14: primary must be a list, found the text 'hamstrings'",
                                "7:11: cues must be a list",
                                "11:11: tags must be a list",
                                "18:23: reps must be a whole number, found the text 'ten'",
                                "19:26: perSide must be true or false, found the text 'yes'",
                                "20:23: sets must be a whole number, found the number 2.5")),
                Arguments.of(
                        "unknown-fields.yaml",
                        List.of(
                                "7:5: unknown field 'difficulty' in an exercise; allowed: id, name, kind, laterality",
                                "18:17: unknown field 'pace' in a step",
                                "19:1: unknown field 'colour' in a Limber document; allowed: limber, exercises, programs")),
                Arguments.of(
                        "missing-fields.yaml",
                        List.of(
                                "3:5: missing required field 'name'",
                                "3:5: missing required field 'primary'",
                                "5:5: missing required field 'id'",
                                "14:13: missing required field 'phase'",
                                "15:17: a step needs a duration (like 30s), reps (like 10) or a distance (like 400m)")),
                Arguments.of(
                        "unknown-names.yaml",
                        List.of(
                                "5:11: kind must be one of dynamic, static-stretch, strength, mobility, nerve-glide, cardio,"
                                        + " plyometric, isometric, soft-tissue (was \"dance\")",
                                "6:17: laterality must be one of bilateral, per-side, alternating (was \"sideways\")",
                                "7:27: primary must be one of abdominals",
                                "13:16: days must be one of mon, tue, wed, thu, fri, sat, sun (was \"monday\")",
                                "15:20: phase must be one of warm-up, main, cool-down (was \"warmup\")",
                                "19:29: doseSource must be one of article, catalog-choice, user (was \"coach\")")),
                Arguments.of(
                        "bad-durations.yaml",
                        List.of(
                                "11:27: duration is negative: '-30s'",
                                "13:27: duration must be whole seconds between 1 s and 4 h (was PT0S)",
                                "15:27: duration needs a unit, like 30s or 1m; found the number 30",
                                "17:27: duration is not a duration: 'half a minute'; write it like 30s, 1m, 1m30s, 2h",
                                "19:27: duration is negative: 'PT-5S'; durations are positive",
                                "22:23: rest is not a duration: '1 minute'",
                                "24:27: duration must be whole seconds between 1 s and 4 h (was PT5H)")),
                Arguments.of(
                        "reps-and-duration.yaml",
                        List.of(
                                "12:23: a step has one of duration, reps or distance, not both duration and reps",
                                "13:17: a step needs a duration (like 30s), reps (like 10) or a distance (like 400m)")),
                Arguments.of(
                        "progressions.yaml",
                        List.of(
                                "5:12: weeks must be between 1 and 52 (was 53)",
                                "13:30: progression must be one of: linear",
                                "16:30: progression needs a load to add to",
                                "20:30: progression adds kg to a load in lb (225lb)",
                                "23:30: progression sets reps and sets week by week; give the step a rep dose")),
                Arguments.of(
                        "loads.yaml",
                        List.of(
                                "12:23: load needs a unit, like 100kg, 75% or bodyweight; found the number 100",
                                "15:23: load must be a weight (100kg, 225lb), a percentage of the athlete's max (75%),"
                                        + " bodyweight or bodyweight+10kg (was \"100 stone\")",
                                "18:39: an effort has either rpe or rir, not both",
                                "21:31: effort.rpe must be between 1 and 10 in half steps, like 7 or 8.5 (was 7.25)",
                                "24:31: effort.rir must be between 0 and 10 (was 11)",
                                "27:24: tempo must be four phases in seconds",
                                "30:24: tempo applies to counted reps only (was \"3-1-1-0\")",
                                "32:27: distance needs a unit, like 400m, 1.5km or 1mi; found the number 400",
                                "34:27: a step has one of duration, reps or distance, not both reps and distance",
                                "38:24: amrap applies to a step with reps only (the reps are the minimum)",
                                "40:27: distance must be a distance like 400m, 1.5km or 1mi, more than 0 and at most 100 km",
                                "43:25: an effort needs rpe (1 to 10, like 7.5) or rir (0 to 10, like 2)",
                                "46:25: rampUp must be standard, or ramp-up sets like bar x10, 40% x5, 60% x3",
                                "49:25: rampUp applies to counted reps of a lift only (was \"standard\")",
                                "53:25: rampUp needs a working load heavier than the 20 kg bar; the load is 15 kg (was"
                                        + " \"standard\")",
                                "56:25: rampUp must be standard, or ramp-up sets like bar x10, 40% x5, 60% x3")),
                Arguments.of(
                        "duplicate-ids.yaml",
                        List.of(
                                "7:9: duplicate exercise id 'leg-swings': already defined at duplicate-ids.yaml:3:9",
                                "20:9: duplicate program id 'p': already defined at duplicate-ids.yaml:12:9")),
                Arguments.of("empty.yaml", List.of(" is empty")),
                Arguments.of("blank.json", List.of(" is empty")),
                Arguments.of("comments-only.yaml", List.of(" is empty")),
                Arguments.of("not-utf8.yaml", List.of("4:13: is not UTF-8: byte 0xE8 at byte offset 47")),
                Arguments.of(
                        "version-2.yaml", List.of("1:9: unsupported format version 2: this reader reads 'limber: 1'")),
                Arguments.of("no-version.json", List.of("1:1: missing required field 'limber'")),
                Arguments.of(
                        "domain-invariants.yaml",
                        List.of(
                                "3:9: id must be a lowercase slug like leg-swings",
                                "11:16: secondary must not repeat a primary target (was \"glutes\")",
                                "16:16: cues[1] must not be blank",
                                "20:12: tags[0] must be a lowercase slug",
                                "28:23: sets must be between 1 and 100 (was 0)",
                                "31:23: hold applies to counted reps only",
                                "33:25: circuit.rounds must be between 1 and 50 (was 0)")),
                Arguments.of("alias-bomb.yaml", List.of("8:23: uses too many YAML aliases to lists or objects")),
                Arguments.of("recursive.yaml", List.of("2:12: expected an exercise (an object with fields id, name")),
                Arguments.of(
                        "deep-nesting.json",
                        List.of("1:69: nests lists and objects deeper than the limit of 50 levels")),
                Arguments.of(
                        "not-strict.json",
                        List.of(
                                "4:12: not JSON: found a string not in double quotes",
                                "4:34: not JSON: found the unquoted text 'Leg Swings'")),
                Arguments.of("not-json-start.json", List.of("1:1: malformed JSON: a JSON document starts with { or [")),
                Arguments.of("two-documents.yaml", List.of("3:1: holds a second YAML document")),
                Arguments.of(
                        "free-exercise-db-as-document.json",
                        List.of(
                                "1:1: expected a Limber document (an object with fields limber, exercises, programs), found a list")),
                Arguments.of(
                        "many-problems.yaml",
                        List.of(
                                "5:11: kind must be one of",
                                "10:23: primary must be one of",
                                "11:5: unknown field 'colour' in an exercise",
                                "21:27: duration is not a duration: 'soon'",
                                "22:17: a step needs a duration")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyProblemIsReportedWithFileLineAndColumn(String fixture, List<String> expected) {
        DocumentFormat format = DocumentFormat.fromFileName(fixture);
        DocumentException thrown = assertThrows(
                DocumentException.class, () -> reader.read(fixture, Fixtures.bytes("bad/" + fixture), format));
        List<String> rendered =
                thrown.problems().stream().map(Problem::toString).toList();
        assertEquals(expected.size(), rendered.size(), () -> "problems: " + rendered);
        for (int i = 0; i < expected.size(); i++) {
            String want = fixture + ":" + expected.get(i);
            String got = rendered.get(i);
            assertTrue(got.startsWith(want), () -> "expected " + want + "\n     got " + got);
        }
    }

    @Test
    void aFileReadFromDiskIsNamedByItsPath() {
        Path file = Fixtures.path("bad/version-2.yaml");
        DocumentException thrown = assertThrows(DocumentException.class, () -> reader.read(file));
        assertEquals(
                file + ":1:9: unsupported format version 2: this reader reads 'limber: 1'",
                thrown.problems().get(0).toString());
        assertEquals("/limber", thrown.problems().get(0).pointer());
    }

    @Test
    void duplicateIdsAcrossFilesOfAFolderNameBothPlaces() {
        Path folder = Fixtures.path("bad/duplicate-across");
        DocumentException thrown = assertThrows(DocumentException.class, () -> reader.readAll(List.of(folder)));
        assertEquals(
                List.of(folder.resolve("b.json") + ":5:12: duplicate exercise id 'leg-swings': already defined at "
                        + folder.resolve("a.yaml") + ":3:9"),
                rendered(thrown));
    }

    @Test
    void aFolderWithoutDocumentsIsAProblem() {
        Path folder = Fixtures.path("bad/empty-folder");
        DocumentException thrown = assertThrows(DocumentException.class, () -> reader.readAll(List.of(folder)));
        assertEquals(List.of(folder + ": is a folder without documents (*.json, *.yaml, *.yml)"), rendered(thrown));
    }

    @Test
    void problemsOfSeveralFilesAreAllReportedInOneRun() {
        Path missing = Fixtures.path("bad").resolve("no-such-file.yaml");
        DocumentException thrown = assertThrows(
                DocumentException.class,
                () -> reader.readAll(List.of(
                        Fixtures.path("bad/version-2.yaml"),
                        Fixtures.path("bad/empty-folder"),
                        missing,
                        Fixtures.path("bad/reps-and-duration.yaml"))));
        assertEquals(5, thrown.problems().size(), () -> rendered(thrown).toString());
        assertEquals(missing + ": does not exist", rendered(thrown).get(2));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() {
        DocumentReader small = new DocumentReader(ReadLimits.defaults().withMaxBytes(100));
        byte[] content = ("limber: 1\nexercises: []\n# " + "x".repeat(200) + "\n").getBytes(StandardCharsets.UTF_8);
        DocumentException thrown =
                assertThrows(DocumentException.class, () -> small.read("big.yaml", content, DocumentFormat.YAML));
        assertEquals(
                List.of("big.yaml: is 227 bytes, more than the limit of 100 bytes;"
                        + " split it into several documents"),
                rendered(thrown));
        Path file = Fixtures.path("good/leg-day.yaml");
        DocumentException fromDisk = assertThrows(DocumentException.class, () -> small.read(file));
        assertTrue(rendered(fromDisk).get(0).startsWith(file + ": is "), rendered(fromDisk)::toString);
    }

    @Test
    void aFileWithAnUnknownExtensionIsAProblem() {
        Path file = Fixtures.path("bad/empty-folder/README.txt");
        DocumentException thrown = assertThrows(DocumentException.class, () -> reader.read(file));
        assertTrue(rendered(thrown).get(0).contains("a document's name ends in .json, .yaml or .yml"));
    }

    @Test
    void aCustomNestingLimitApplies() {
        DocumentReader shallow = new DocumentReader(ReadLimits.defaults().withMaxDepth(5));
        DocumentException thrown =
                assertThrows(DocumentException.class, () -> shallow.read(Fixtures.path("good/leg-day.yaml")));
        assertTrue(rendered(thrown).get(0).endsWith("nests lists and objects deeper than the limit of 5 levels"));
    }

    private static List<String> rendered(DocumentException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }
}
