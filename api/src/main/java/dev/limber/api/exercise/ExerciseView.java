package dev.limber.api.exercise;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.api.openapi.ApiDocs;
import dev.limber.domain.Limits;
import dev.limber.domain.Named;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Media;
import dev.limber.domain.exercise.MediaKind;
import dev.limber.domain.exercise.Target;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An exercise as the API shows it. Field names are those of the Limber document format and
 * absent optional fields are left out (the format has no {@code null}), so what an app reads
 * here it can PUT back or import unchanged.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExerciseView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,

        @Schema(ref = ApiDocs.EXERCISE_KIND, requiredMode = Schema.RequiredMode.REQUIRED)
        String kind,

        @Schema(ref = ApiDocs.LATERALITY) String laterality,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @ArraySchema(schema = @Schema(ref = ApiDocs.TARGET))
        List<String> primary,

        @ArraySchema(schema = @Schema(ref = ApiDocs.TARGET)) List<String> secondary,

        @ArraySchema(
                schema = @Schema(maxLength = Limits.EQUIPMENT),
                maxItems = Limits.EQUIPMENT_ITEMS,
                arraySchema =
                        @Schema(
                                description = "What it needs, item by item; empty when nothing is needed"
                                        + " (body weight) and when it is not known (then"
                                        + " `equipmentKnown` is false)."))
        List<String> equipment,

        String startingPosition,
        List<String> cues,
        List<String> variations,
        String caution,
        SourceView source,

        @Schema(description = "How to do it, in full; the cues are the short coaching points.")
        String description,

        @Schema(description = "Other names; the catalog's q finds them like the name.")
        List<String> aliases,

        @Schema(ref = ApiDocs.LEVEL) String level,
        @Schema(ref = ApiDocs.MECHANIC) String mechanic,
        @Schema(ref = ApiDocs.FORCE) String force,

        @Schema(
                description = "Present, and false, only when the equipment is not known (a dataset that"
                        + " does not say), which is not the same as nothing needed. Accepted back in a"
                        + " PUT body with an empty `equipment`.")
        Boolean equipmentKnown,

        @ArraySchema(maxItems = Limits.MEDIA) List<MediaView> media,

        @Schema(
                description = "The id of the exercise this one is a variation of; its variations are listed by"
                        + " `GET /api/v1/exercises?variationOf=ID`.")
        String variationOf) {

    /** An image or a video by reference, with its own licence: exactly one of image or video. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MediaView(
            @Schema(
                    description = "An http(s) URL or a path relative to the dataset.",
                    maxLength = Limits.MEDIA_REFERENCE)
            String image,

            @Schema(
                    description = "An http(s) URL or a path relative to the dataset.",
                    maxLength = Limits.MEDIA_REFERENCE)
            String video,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Limits.SOURCE_TEXT)
            String license,

            @Schema(maxLength = Limits.SOURCE_TEXT) String author) {
        static MediaView of(Media media) {
            boolean image = media.kind() == MediaKind.IMAGE;
            return new MediaView(
                    image ? media.reference() : null,
                    image ? null : media.reference(),
                    media.license(),
                    media.author());
        }
    }

    /** Where an exercise came from. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String origin,

            String originalId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String license,

            @Schema(description = "Who to credit, as CC-BY data asks.")
            String author,

            @Schema(description = "Where it can be found, an http or https URL.")
            String url) {}

    public static ExerciseView of(Exercise exercise) {
        return new ExerciseView(
                exercise.id().value(),
                exercise.name(),
                exercise.kind().externalName(),
                exercise.laterality().externalName(),
                names(exercise.primary()),
                names(exercise.secondary()),
                exercise.equipment().items(),
                exercise.startingPosition(),
                exercise.cues(),
                exercise.variations(),
                exercise.caution(),
                new SourceView(
                        exercise.source().origin(),
                        exercise.source().originalId(),
                        exercise.source().license(),
                        exercise.source().author(),
                        exercise.source().url()),
                exercise.description(),
                exercise.aliases(),
                name(exercise.level()),
                name(exercise.mechanic()),
                name(exercise.force()),
                exercise.equipment().isUnknown() ? Boolean.FALSE : null,
                exercise.media().stream().map(MediaView::of).toList(),
                exercise.variationOfId().map(ExerciseId::value).orElse(null));
    }

    private static String name(Named value) {
        return value == null ? null : value.externalName();
    }

    private static List<String> names(List<Target> targets) {
        return targets.stream().map(Target::externalName).toList();
    }
}
