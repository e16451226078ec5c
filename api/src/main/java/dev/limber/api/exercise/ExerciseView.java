package dev.limber.api.exercise;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Target;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An exercise as the API shows it. Field names are those of the Limber document format and
 * absent optional fields are left out (the format has no {@code null}), so what an app reads
 * here it can PUT back or import unchanged.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExerciseView(
        String id,
        String name,
        String kind,
        String laterality,
        List<String> primary,
        List<String> secondary,
        String equipment,
        String startingPosition,
        List<String> cues,
        List<String> variations,
        String caution,
        SourceView source) {

    /** Where an exercise came from. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceView(String origin, String originalId, String license) {}

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
                        exercise.source().license()));
    }

    private static List<String> names(List<Target> targets) {
        return targets.stream().map(Target::externalName).toList();
    }
}
