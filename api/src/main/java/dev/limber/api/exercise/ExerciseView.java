package dev.limber.api.exercise;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.api.openapi.ApiDocs;
import dev.limber.domain.Named;
import dev.limber.domain.exercise.Exercise;
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
        String equipment,
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
        @Schema(ref = ApiDocs.FORCE) String force) {

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
                exercise.equipment(),
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
                name(exercise.force()));
    }

    private static String name(Named value) {
        return value == null ? null : value.externalName();
    }

    private static List<String> names(List<Target> targets) {
        return targets.stream().map(Target::externalName).toList();
    }
}
