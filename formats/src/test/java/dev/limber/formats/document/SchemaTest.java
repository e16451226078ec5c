package dev.limber.formats.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.Limits;
import dev.limber.domain.Named;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.PhaseKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The published schema must say exactly what the reader reads: it is strict JSON, and its
 * closed sets and field lists equal the domain's external names and the reader's fields, so
 * neither can change without the other.
 */
class SchemaTest {
    private static Map<String, Object> schema;
    private static Map<String, Object> defs;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readSchema() throws IOException {
        Path file = Stream.of(
                        Path.of("..", "docs", "limber-document.schema.json"),
                        Path.of("docs", "limber-document.schema.json"))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new AssertionError("docs/limber-document.schema.json not found from "
                        + Path.of("").toAbsolutePath()));
        byte[] content = Files.readAllBytes(file);
        // Strict JSON: the reader's own JSON checks refuse anything YAML-only.
        Problems problems = new Problems(file.toString());
        assertTrue(SyntaxReader.read(content, DocumentFormat.JSON, ReadLimits.defaults(), problems)
                .isPresent());
        assertEquals(List.of(), problems.list());
        schema = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(new String(content, java.nio.charset.StandardCharsets.UTF_8));
        defs = (Map<String, Object>) schema.get("$defs");
    }

    @Test
    void itIsADraft202012Schema() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema"));
        assertEquals(
                Map.of("const", 1, "description", "Format version."),
                properties(schema).get("limber"));
    }

    @Test
    void itsClosedSetsAreTheDomainsExternalNames() {
        assertEquals(names(ExerciseKind.class), enumOf("kind"));
        assertEquals(names(Laterality.class), enumOf("laterality"));
        assertEquals(names(Target.class), enumOf("target"));
        assertEquals(names(PhaseKind.class), enumOf("phase"));
        assertEquals(names(DoseSource.class), enumOf("doseSource"));
        assertEquals(DocumentMapping.DAYS, enumOf("day"));
        assertEquals(names(dev.limber.domain.exercise.Level.class), enumOf("level"));
        assertEquals(names(dev.limber.domain.exercise.Mechanic.class), enumOf("mechanic"));
        assertEquals(names(dev.limber.domain.exercise.Force.class), enumOf("force"));
    }

    @Test
    void itsObjectsHaveExactlyTheReadersFieldsAndNoOthers() {
        assertFields(schema, DocumentMapping.DOCUMENT_FIELDS);
        assertFields(def("exercise"), DocumentMapping.EXERCISE_FIELDS);
        assertFields(def("source"), DocumentMapping.SOURCE_FIELDS);
        assertFields(def("media"), DocumentMapping.MEDIA_FIELDS);
        assertFields(def("program"), DocumentMapping.PROGRAM_FIELDS);
        assertFields(def("session"), DocumentMapping.SESSION_FIELDS);
        assertFields(def("phase-block"), DocumentMapping.PHASE_FIELDS);
        assertFields(def("exercise-step"), DocumentMapping.STEP_FIELDS);
        assertFields(def("effort"), DocumentMapping.EFFORT_FIELDS);
        assertFields(def("circuit-step"), DocumentMapping.CIRCUIT_FIELDS);
    }

    @Test
    void itsDurationPatternAcceptsWhatTheReaderAccepts() {
        java.util.regex.Pattern pattern =
                java.util.regex.Pattern.compile((String) def("duration").get("pattern"));
        for (String good : List.of("30s", "1m", "1m30s", "2h", "1h5m", "PT30S", "pt1m", "45M", "9999999s")) {
            assertTrue(pattern.matcher(good).find(), good);
            dev.limber.formats.duration.DurationText.parse(good);
        }
        for (String bad : List.of("", "-30s", "30", "1 minute", "PT-5S", "30s1m", "10000000s")) {
            assertTrue(!pattern.matcher(bad).find(), bad);
            assertThrows(
                    IllegalArgumentException.class, () -> dev.limber.formats.duration.DurationText.parse(bad), bad);
        }
    }

    /** Issue 14: the schema states the domain's own limits, so a tool checking against it refuses what we refuse. */
    @Test
    void itsLimitsAreTheDomainsLimits() {
        Map<String, Integer> limits = new java.util.LinkedHashMap<>();
        limits.put("slug/maxLength", Limits.SLUG);
        limits.put("exercise/name/maxLength", Limits.NAME);
        limits.put("exercise/equipment/maxLength", Limits.EQUIPMENT);
        limits.put("exercise/startingPosition/maxLength", Limits.PARAGRAPH);
        limits.put("exercise/cues/maxItems", Limits.CUES);
        limits.put("exercise/cues/items/maxLength", Limits.PARAGRAPH);
        limits.put("exercise/variations/maxItems", Limits.VARIATIONS);
        limits.put("exercise/variations/items/maxLength", Limits.PARAGRAPH);
        limits.put("exercise/caution/maxLength", Limits.PARAGRAPH);
        limits.put("source/origin/maxLength", Limits.SOURCE_TEXT);
        limits.put("source/originalId/maxLength", Limits.SOURCE_TEXT);
        limits.put("source/license/maxLength", Limits.SOURCE_TEXT);
        limits.put("program/name/maxLength", Limits.NAME);
        limits.put("program/description/maxLength", Limits.DESCRIPTION);
        limits.put("program/tags/maxItems", Limits.TAGS);
        limits.put("program/sessions/maxItems", Limits.SESSIONS);
        limits.put("program/weeks/maximum", dev.limber.domain.program.Program.MAX_WEEKS);
        limits.put("progression/maxLength", dev.limber.domain.program.Progression.MAX_TEXT);
        limits.put("session/name/maxLength", Limits.NAME);
        limits.put("session/phases/maxItems", Limits.PHASES);
        limits.put("phase-block/steps/maxItems", Limits.STEPS);
        limits.put("exercise-step/note/maxLength", Limits.PARAGRAPH);
        limits.put("circuit-step/circuit/maxLength", Limits.NAME);
        limits.put("circuit-step/steps/maxItems", Limits.CIRCUIT_STEPS);
        limits.put("exercise/description/maxLength", Limits.EXERCISE_DESCRIPTION);
        limits.put("exercise/aliases/maxItems", Limits.ALIASES);
        limits.put("exercise/aliases/items/maxLength", Limits.NAME);
        limits.put("source/author/maxLength", Limits.SOURCE_AUTHOR);
        limits.put("source/url/maxLength", Limits.SOURCE_URL);
        // Issue 14 (links): equipment items, media.
        limits.put("exercise/equipment/maxItems", Limits.EQUIPMENT_ITEMS);
        limits.put("exercise/equipment/items/maxLength", Limits.EQUIPMENT);
        limits.put("exercise/media/maxItems", Limits.MEDIA);
        limits.put("media/image/maxLength", Limits.MEDIA_REFERENCE);
        limits.put("media/video/maxLength", Limits.MEDIA_REFERENCE);
        limits.put("media/license/maxLength", Limits.SOURCE_TEXT);
        limits.put("media/author/maxLength", Limits.SOURCE_TEXT);
        Map<String, Object> found = new java.util.LinkedHashMap<>();
        limits.keySet().forEach(path -> found.put(path, at(path)));
        assertEquals(limits, found);
    }

    /**
     * Issue 14: no text of the schema is left without a length, and no list of texts without a
     * count, so a field added later cannot be published unbounded.
     */
    @Test
    @SuppressWarnings("unchecked")
    void noTextOrListOfTextsIsUnbounded() {
        List<String> unbounded = new ArrayList<>();
        for (Map.Entry<String, Object> def : defs.entrySet()) {
            Map<String, Object> properties = properties((Map<String, Object>) def.getValue());
            if (properties == null) {
                continue;
            }
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                Map<String, Object> schemaOf = (Map<String, Object>) property.getValue();
                String where = def.getKey() + "/" + property.getKey();
                if (isText(schemaOf) && !schemaOf.containsKey("maxLength")) {
                    unbounded.add(where);
                }
                if ("array".equals(schemaOf.get("type"))
                        && isText((Map<String, Object>) schemaOf.get("items"))
                        && !(schemaOf.containsKey("maxItems")
                                && ((Map<String, Object>) schemaOf.get("items")).containsKey("maxLength"))) {
                    unbounded.add(where);
                }
            }
        }
        assertEquals(List.of(), unbounded);
    }

    private static boolean isText(Map<String, Object> schemaOf) {
        return "string".equals(schemaOf.get("type")) || "#/$defs/text".equals(schemaOf.get("$ref"));
    }

    /** The value at {@code def/property/…/keyword} below {@code $defs}, skipping {@code properties}. */
    @SuppressWarnings("unchecked")
    private static Object at(String path) {
        String[] parts = path.split("/");
        Map<String, Object> node = def(parts[0]);
        for (int i = 1; i < parts.length - 1; i++) {
            Map<String, Object> properties = properties(node);
            node = (Map<String, Object>)
                    (properties != null && properties.containsKey(parts[i])
                            ? properties.get(parts[i])
                            : node.get(parts[i]));
        }
        return node.get(parts[parts.length - 1]);
    }

    @Test
    void itsLoadTempoAndDistancePatternsAcceptWhatTheDomainReads() {
        agrees(
                "load",
                dev.limber.domain.load.Load::parse,
                List.of("100kg", "225lb", "2.5 kg", "75%", "82.5%", "bodyweight", "bodyweight+10kg"),
                List.of("100", "heavy", "75.25%", "bodyweight+", "100 stone"));
        agrees(
                "tempo",
                dev.limber.domain.program.Tempo::parse,
                List.of("3-1-1-0", "2-0-X-0", "10-0-x-1"),
                List.of("3-1-1", "31X0", "3-1-1-0-0", "3-a-1-0"));
        agrees(
                "rampUp",
                dev.limber.domain.program.RampUpSets::parse,
                List.of(
                        "standard",
                        "Standard on 15kg bar",
                        "bar x10, 50% x5, 75% x3",
                        "bar × 10, 40 % x 5",
                        "60% x3",
                        "bar x8, 50% x4 on 35lb bar"),
                List.of("lots", "standard on heavy bar", "40% x5, bar x10", "100% x1", "40%", "bar x10,"));
        agrees(
                "distance",
                dev.limber.domain.program.Dose.Distance::parse,
                List.of("400m", "1.5km", "1mi", "400 m"),
                List.of("400", "5 miles", "1,5km"));
        agrees(
                "progression",
                dev.limber.domain.program.Progression::parse,
                List.of(
                        "linear +2.5kg per session",
                        "linear +5 lb per week, deload 10% after 1 miss",
                        "double 8-12 +2.5kg",
                        "weekly 65%x5x3, 75%x3x3, 85%x1x3, deload 40%x5x3",
                        "weekly 70.5%x8x4"),
                List.of(
                        "linear 2.5kg per session",
                        "linear +2.5kg per month",
                        "double 8 +2.5kg",
                        "weekly 65%x5",
                        "weekly deload 40%x5x3, 65%x5x3",
                        "faster"));
    }

    private static void agrees(
            String name, java.util.function.Function<String, ?> parse, List<String> good, List<String> bad) {
        java.util.regex.Pattern pattern =
                java.util.regex.Pattern.compile((String) def(name).get("pattern"));
        for (String text : good) {
            assertTrue(pattern.matcher(text).find(), text);
            parse.apply(text);
        }
        for (String text : bad) {
            assertTrue(!pattern.matcher(text).find(), text);
            assertThrows(dev.limber.domain.InvalidValueException.class, () -> parse.apply(text), text);
        }
    }

    private static void assertFields(Map<String, Object> object, List<String> fields) {
        assertEquals(fields, new ArrayList<>(properties(object).keySet()));
        assertEquals(false, object.get("additionalProperties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> object) {
        return (Map<String, Object>) object.get("properties");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> def(String name) {
        return (Map<String, Object>) defs.get(name);
    }

    private static Object enumOf(String name) {
        return def(name).get("enum");
    }

    private static <E extends Enum<E> & Named> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::externalName).toList();
    }
}
