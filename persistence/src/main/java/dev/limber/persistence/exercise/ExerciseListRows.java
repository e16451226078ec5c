package dev.limber.persistence.exercise;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** The rows of an exercise's ordered lists: targets (primary, secondary) and texts (cues, variations). */
final class ExerciseListRows {
    static final String PRIMARY = "P";
    static final String SECONDARY = "S";
    static final String CUE = "C";
    static final String VARIATION = "V";
    /** An alias: searched like the name (V9 indexes them on PostgreSQL). */
    static final String ALIAS = "A";
    /** An item of listed equipment (issue 14; the exercise row says whether the equipment is listed). */
    static final String EQUIPMENT = "E";

    private ExerciseListRows() {}

    /** One {@code exercise_target} row: role {@code P} or {@code S}, in the order given. */
    @MappedEntity("exercise_target")
    record TargetRow(@EmbeddedId Key id, String target) {
        TargetRow(String exerciseId, String role, int position, String target) {
            this(new Key(exerciseId, role, position), target);
        }

        @Embeddable
        record Key(
                @MappedProperty("exercise_id") String exerciseId,
                @MappedProperty("role") String role,
                @MappedProperty("position") int position) {}
    }

    /** One {@code exercise_text} row: list {@code C} (cue), {@code V} (variation) or {@code A} (alias), in the order given. */
    @MappedEntity("exercise_text")
    record TextRow(@EmbeddedId Key id, String content) {
        TextRow(String exerciseId, String list, int position, String content) {
            this(new Key(exerciseId, list, position), content);
        }

        @Embeddable
        record Key(
                @MappedProperty("exercise_id") String exerciseId,
                @MappedProperty("list") String list,
                @MappedProperty("position") int position) {}
    }

    /** One {@code exercise_media} row: an image or a video by reference, with its licence and author. */
    @MappedEntity("exercise_media")
    record MediaRow(
            @EmbeddedId Key id,
            String kind,
            String reference,
            String license,
            @io.micronaut.core.annotation.Nullable String author) {
        MediaRow(String exerciseId, int position, String kind, String reference, String license, String author) {
            this(new Key(exerciseId, position), kind, reference, license, author);
        }

        @Embeddable
        record Key(
                @MappedProperty("exercise_id") String exerciseId,
                @MappedProperty("position") int position) {}
    }
}
