package dev.limber.formats.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Equipment;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Media;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 14 (links): equipment as a list with unknown apart from none, media, variationOf, in a document. */
class EquipmentMediaLinksDocumentTest {
    private final DocumentReader reader = new DocumentReader();
    private final DocumentWriter writer = new DocumentWriter();

    @Test
    void aDocumentWithEveryNewFieldIsWrittenBackByteForByte() {
        byte[] fixture = Fixtures.bytes("links/links.yaml");
        Catalog catalog = reader.read("links.yaml", fixture, DocumentFormat.YAML);
        assertEquals(new String(fixture, UTF_8), writer.write(catalog, DocumentFormat.YAML));
        Exercise squat = catalog.exercise(ExerciseId.of("back-squat")).orElseThrow();
        assertEquals(Equipment.of("barbell", "squat rack"), squat.equipment());
        assertEquals(
                List.of(
                        Media.image("https://wger.de/media/exercise-images/73/squat-1.png", "CC-BY-SA 3")
                                .by("Everkinetic"),
                        Media.video("https://wger.de/media/exercise-video/73/squat.mp4", "CC-BY-SA 4"),
                        Media.image("Barbell_Squat/0.jpg", "The Unlicense")),
                squat.media());
        assertEquals(
                ExerciseId.of("back-squat"),
                catalog.exercise(ExerciseId.of("box-squat")).orElseThrow().variationOf());
        assertTrue(catalog.exercise(ExerciseId.of("box-squat"))
                .orElseThrow()
                .equipment()
                .isUnknown());
        assertTrue(catalog.exercise(ExerciseId.of("air-squat"))
                .orElseThrow()
                .equipment()
                .isNone());
        assertEquals(
                Equipment.of("unknown"),
                catalog.exercise(ExerciseId.of("odd-squat")).orElseThrow().equipment(),
                "a list naming 'unknown' is an item of that name, and is written back as a list");
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void everyNewFieldReadsBackEqualAndWritesStably(DocumentFormat format) {
        Catalog catalog = reader.read(Fixtures.path("links/links.yaml"));
        String text = writer.write(catalog, format);
        Catalog back = reader.read("written." + format.externalName(), text.getBytes(UTF_8), format);
        assertEquals(catalog, back, text);
        assertEquals(text, writer.write(back, format));
    }

    @Test
    void oldSingleLineEquipmentReadsAsItAlwaysDid() {
        assertEquals(Equipment.none(), equipmentOf(null));
        assertEquals(Equipment.none(), equipmentOf("body weight"));
        assertEquals(Equipment.none(), equipmentOf("none"));
        assertEquals(Equipment.unknown(), equipmentOf("unknown"));
        assertEquals(Equipment.of("barbell, squat rack"), equipmentOf("'barbell, squat rack'"));
        assertEquals(Equipment.of("mat", "band"), equipmentOf("[mat, band]"));
        assertEquals(Equipment.none(), equipmentOf("[]"));
    }

    @Test
    void equipmentIsWrittenInOneCanonicalForm() {
        assertEquals("body weight", DocumentTree.equipment(Equipment.none()));
        assertEquals("unknown", DocumentTree.equipment(Equipment.unknown()));
        assertEquals("mat", DocumentTree.equipment(Equipment.of("mat")));
        assertEquals(List.of("mat", "band"), DocumentTree.equipment(Equipment.of("mat", "band")));
        assertEquals(List.of("none"), DocumentTree.equipment(Equipment.of("none")));
    }

    @Test
    void badMediaAndLinksAreRefusedAtTheirPlace() {
        assertProblem(
                "media: [{image: a.jpg, video: b.mp4, license: CC0}]",
                "/exercises/0/media/0",
                "exactly one of image or video");
        assertProblem("media: [{image: ../secret.jpg, license: CC0}]", "/exercises/0/media/0/image", "'..'");
        assertProblem("media: [{image: file:///etc/passwd, license: CC0}]", "/exercises/0/media/0/image", "scheme");
        assertProblem("media: [{video: https://example.org/v.mp4}]", "/exercises/0/media/0/license", "license");
        assertProblem("media: [{image: a.jpg, license: CC0, size: 3}]", "/exercises/0/media/0/size", "size");
        assertProblem("variationOf: Not A Slug", "/exercises/0/variationOf", "");
        assertProblem("variationOf: one", "/exercises/0/variationOf", "itself");
        assertProblem("equipment: [mat, Mat]", "/exercises/0/equipment", "twice");
        assertProblem("equipment: [mat, '']", "/exercises/0/equipment", "");
    }

    @Test
    void theLimitsOfTheNewFieldsAreChecked() {
        String many =
                "[" + String.join(", ", java.util.Collections.nCopies(21, "x")).replace("x", "i") + "]";
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i <= dev.limber.domain.Limits.EQUIPMENT_ITEMS; i++) {
            items.append(i == 0 ? "" : ", ").append("item").append(i);
        }
        assertProblem("equipment: " + items + "]", "/exercises/0/equipment", "at most 20");
        StringBuilder media = new StringBuilder("[");
        for (int i = 0; i <= dev.limber.domain.Limits.MEDIA; i++) {
            media.append(i == 0 ? "" : ", ").append("{image: p").append(i).append(".jpg, license: CC0}");
        }
        assertProblem("media: " + media + "]", "/exercises/0/media", "at most 20");
        assertProblem(
                "media: [{image: 'https://example.org/" + "a".repeat(dev.limber.domain.Limits.MEDIA_REFERENCE)
                        + "', license: CC0}]",
                "/exercises/0/media/0/image",
                "at most 2000 characters");
        assertTrue(many.length() > 0);
    }

    private Equipment equipmentOf(String yaml) {
        String doc = "limber: 1\nexercises:\n- {id: one, name: One, kind: strength, primary: [quadriceps]"
                + (yaml == null ? "" : ", equipment: " + yaml) + "}\n";
        return reader.read("e.yaml", doc.getBytes(UTF_8), DocumentFormat.YAML)
                .exercises()
                .get(0)
                .equipment();
    }

    private void assertProblem(String field, String pointer, String words) {
        String doc = "limber: 1\nexercises:\n- id: one\n  name: One\n  kind: strength\n  primary: [quadriceps]\n  "
                + field + "\n";
        DocumentException refused = assertThrows(
                DocumentException.class, () -> reader.read("e.yaml", doc.getBytes(UTF_8), DocumentFormat.YAML));
        Problem problem = refused.problems().get(0);
        assertEquals(pointer, problem.pointer(), refused.problems().toString());
        assertTrue(problem.hasLine(), problem.toString());
        assertTrue(problem.message().contains(words), problem.toString());
    }

    @Test
    void freeExerciseDbNullEquipmentIsUnknownBodyOnlyIsNoneAndImagesAreMediaUnderItsLicence() {
        Catalog catalog = new FreeExerciseDbReader()
                .parse(Fixtures.path("free-exercise-db/exercises.json"))
                .catalog();
        Exercise sitUp = catalog.exercise(ExerciseId.of("3-4-sit-up")).orElseThrow();
        assertEquals(Equipment.none(), sitUp.equipment(), "body only");
        assertEquals(
                List.of(
                        Media.image("3_4_Sit-Up/0.jpg", FreeExerciseDbReader.LICENSE),
                        Media.image("3_4_Sit-Up/1.jpg", FreeExerciseDbReader.LICENSE)),
                sitUp.media());
        assertEquals(
                Equipment.unknown(),
                catalog.exercise(ExerciseId.of("superman")).orElseThrow().equipment(),
                "the dataset's null says nothing, which is not body only");
        assertEquals(
                Equipment.of("dumbbell"),
                catalog.exercise(ExerciseId.of("alternate-hammer-curl"))
                        .orElseThrow()
                        .equipment());
    }

    @Test
    void wgerImagesKeepTheirLicenceAndAuthorAndItsEquipmentListStaysAList() {
        Catalog catalog = new WgerReader()
                .parse(Fixtures.path("wger/exerciseinfo-page.json"))
                .catalog();
        Exercise bench = catalog.exercise(ExerciseId.of("bench-press")).orElseThrow();
        assertEquals(Equipment.of("Barbell", "Bench"), bench.equipment());
        assertEquals(
                List.of(Media.image("https://wger.de/media/exercise-images/192/Bench-press-1.png", "wger licence 1")
                        .by("Everkinetic")),
                bench.media());
    }

    @Test
    void wgerVariationGroupsLinkEveryMemberToTheLowestIdAndVideosAreMedia() {
        String json = "[" + wger(30, "Wide Squat", "7", "") + ", " + wger(12, "Front Squat", "7", "") + ", "
                + wger(
                        45,
                        "Box Squat",
                        "7",
                        ", \"videos\": [{\"video\": \"https://wger.de/v/45.mp4\","
                                + " \"license\": {\"short_name\": \"CC-BY-SA 4\"}, \"license_author\": \"Jane\"}]")
                + ", " + wger(50, "Split Squat", null, "") + "]";
        Catalog catalog =
                new WgerReader().parse("page.json", json.getBytes(UTF_8)).catalog();
        assertEquals(
                null,
                catalog.exercise(ExerciseId.of("front-squat")).orElseThrow().variationOf());
        assertEquals(
                ExerciseId.of("front-squat"),
                catalog.exercise(ExerciseId.of("wide-squat")).orElseThrow().variationOf(),
                "the group's member with the lowest wger id is its parent, wherever it is in the file");
        Exercise box = catalog.exercise(ExerciseId.of("box-squat")).orElseThrow();
        assertEquals(ExerciseId.of("front-squat"), box.variationOf());
        assertEquals(
                List.of(Media.video("https://wger.de/v/45.mp4", "CC-BY-SA 4").by("Jane")), box.media());
        assertEquals(
                null,
                catalog.exercise(ExerciseId.of("split-squat")).orElseThrow().variationOf());
        assertEquals(Equipment.unknown(), box.equipment(), "wger's empty list is not known, not none");
        String written = writer.write(catalog, DocumentFormat.YAML);
        assertEquals(catalog, reader.read("w.yaml", written.getBytes(UTF_8), DocumentFormat.YAML), written);
    }

    private static String wger(int id, String name, String group, String more) {
        return "{\"id\": " + id + ", \"category\": {\"id\": 9, \"name\": \"Legs\"},"
                + " \"muscles\": [{\"id\": 10, \"name\": \"Quadriceps femoris\"}], \"muscles_secondary\": [],"
                + " \"equipment\": [], \"variations\": " + (group == null ? "null" : group) + more
                + ", \"translations\": [{\"name\": \"" + name + "\", \"language\": 2}]}";
    }
}
