package dev.limber.domain.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.store.memory.InMemoryStore;
import dev.limber.domain.usecase.DeleteFromCatalog;
import dev.limber.domain.usecase.ImportCatalog;
import dev.limber.domain.usecase.SaveExercise;
import dev.limber.domain.usecase.UnknownVariationOfException;
import dev.limber.domain.usecase.UseCases;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Issue 14 (links): equipment with unknown apart from none, media, variationOf, in the domain. */
class EquipmentMediaVariationOfTest {
    private final InMemoryStore store = new InMemoryStore();
    private final UseCases useCases = UseCases.over(store.exercises(), store.programs(), store.transactions());

    private static Exercise move(String id) {
        return Exercise.builder(id, "Move " + id).primary(Target.GLUTES).build();
    }

    private static Exercise variation(String id, String parent) {
        return move(id).toBuilder().variationOf(parent).build();
    }

    @Test
    void unknownEquipmentIsNotNoneAndAnOldLineReadsAsBefore() {
        assertTrue(Equipment.none().isNone());
        assertTrue(Equipment.unknown().isUnknown());
        assertFalse(Equipment.unknown().isNone(), "not known is not nothing needed");
        assertEquals(Equipment.none(), Equipment.ofLine("Body Weight"));
        assertEquals(Equipment.none(), Equipment.ofLine("none"));
        assertEquals(Equipment.none(), Equipment.ofLine(null));
        assertEquals(Equipment.unknown(), Equipment.ofLine("unknown"));
        assertEquals(Equipment.of("barbell, squat rack"), Equipment.ofLine("barbell, squat rack"));
        assertEquals(Equipment.none(), Equipment.of(List.of()));
        assertEquals(Equipment.none(), move("plain").equipment(), "an exercise needs nothing unless it says");
        assertEquals("barbell, bench", Equipment.of("barbell", "bench").text());
        assertFalse(Equipment.of("unknown").fitsOneLine(), "an item named unknown must be written as a list");
    }

    @Test
    void equipmentItemsAreCheckedOneByOne() {
        assertThrows(InvalidValueException.class, () -> Equipment.of("mat", "Mat"));
        assertThrows(InvalidValueException.class, () -> Equipment.of("mat", " "));
        assertThrows(InvalidValueException.class, () -> Equipment.of("a".repeat(Limits.EQUIPMENT + 1)));
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= Limits.EQUIPMENT_ITEMS; i++) {
            many.add("item " + i);
        }
        InvalidValueException tooMany = assertThrows(InvalidValueException.class, () -> Equipment.of(many));
        assertEquals(ModelField.EXERCISE_EQUIPMENT, tooMany.modelField().orElseThrow());
        assertEquals(
                Limits.EQUIPMENT_ITEMS,
                Equipment.of(many.subList(0, Limits.EQUIPMENT_ITEMS)).items().size());
    }

    @Test
    void mediaAreAUrlOrADatasetPathWithALicence() {
        assertTrue(Media.image("https://wger.de/media/a.png", "CC-BY-SA 3").isUrl());
        assertFalse(Media.image("3_4_Sit-Up/0.jpg", "The Unlicense").isUrl());
        for (String bad : List.of(
                "/etc/passwd",
                "../up.jpg",
                "a/../../b.jpg",
                "file:///etc/passwd",
                "ftp://x/y",
                "javascript:alert(1)",
                "https://",
                "https://a b")) {
            InvalidValueException refused =
                    assertThrows(InvalidValueException.class, () -> Media.image(bad, "CC0"), bad);
            assertEquals(ModelField.MEDIA_REFERENCE, refused.modelField().orElseThrow(), bad);
        }
        assertThrows(InvalidValueException.class, () -> Media.video("v.mp4", " "));
        List<Media> many = new ArrayList<>();
        for (int i = 0; i <= Limits.MEDIA; i++) {
            many.add(Media.image("p" + i + ".jpg", "CC0"));
        }
        assertThrows(
                InvalidValueException.class,
                () -> move("m").toBuilder().media(many).build());
    }

    @Test
    void anExerciseIsNoVariationOfItself() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> variation("same", "same"));
        assertEquals(ModelField.EXERCISE_VARIATION_OF, refused.modelField().orElseThrow());
    }

    @Test
    void anImportLinksWithinItselfOrToTheStoreAndRefusesADanglingLinkWritingNothing() {
        store.exercises().addAll(List.of(move("stored-parent")));
        ImportCatalog importer = useCases.importCatalog();
        importer.run(ImportCatalog.Command.write(new Catalog(
                List.of(
                        variation("child-first", "later-parent"),
                        move("later-parent"),
                        variation("of-stored", "stored-parent")),
                List.of())));
        assertEquals(
                ExerciseId.of("later-parent"),
                store.exercises()
                        .find(ExerciseId.of("child-first"))
                        .orElseThrow()
                        .value()
                        .variationOf());
        UnknownVariationOfException refused = assertThrows(
                UnknownVariationOfException.class,
                () -> importer.run(ImportCatalog.Command.write(
                        new Catalog(List.of(move("fine"), variation("orphan", "ghost")), List.of()))));
        assertEquals(
                List.of(new UnknownVariationOfException.Link(
                        OptionalInt.of(1), ExerciseId.of("orphan"), ExerciseId.of("ghost"))),
                refused.links());
        assertTrue(store.exercises().find(ExerciseId.of("fine")).isEmpty(), "all or nothing");
    }

    @Test
    void aSavedExerciseMustLinkToAStoredOne() {
        SaveExercise save = useCases.saveExercise();
        UnknownVariationOfException refused = assertThrows(
                UnknownVariationOfException.class,
                () -> save.save(new SaveExercise.Command(variation("orphan", "ghost"), ExpectedVersion.any())));
        assertEquals(OptionalInt.empty(), refused.links().get(0).catalogIndex());
        save.save(new SaveExercise.Command(move("parent"), ExpectedVersion.any()));
        save.save(new SaveExercise.Command(variation("child", "parent"), ExpectedVersion.any()));
        assertEquals(
                ExerciseId.of("parent"),
                store.exercises()
                        .find(ExerciseId.of("child"))
                        .orElseThrow()
                        .value()
                        .variationOf());
    }

    @Test
    void aParentIsDeletedOnlyWithOrAfterItsVariations() {
        store.exercises()
                .addAll(List.of(move("parent"), variation("child", "parent"), variation("grandchild", "child")));
        DeleteFromCatalog delete = useCases.deleteFromCatalog();
        ConflictException refused = assertThrows(
                ConflictException.class,
                () -> delete.delete(
                        new DeleteFromCatalog.Command(DeleteFromCatalog.What.EXERCISES, List.of("parent"))));
        assertEquals(ConflictException.Reason.IN_USE, refused.reason());
        assertTrue(refused.getMessage().contains("child"), refused.getMessage());
        assertEquals(3, store.exercises().count());
        assertEquals(
                List.of("parent", "child", "grandchild"),
                delete.delete(new DeleteFromCatalog.Command(
                        DeleteFromCatalog.What.EXERCISES, List.of("parent", "child", "grandchild"))),
                "named in any order, a variation goes before its parent");
        assertEquals(0, store.exercises().count());
    }
}
