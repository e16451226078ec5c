package dev.limber.domain.catalog;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A set of exercises and programs that travel together: the built-in catalog, one imported
 * document, one export. Ids are unique within it.
 */
public record Catalog(List<Exercise> exercises, List<Program> programs) {
    public Catalog {
        exercises = Checks.list("exercises", exercises);
        programs = Checks.list("programs", programs);
        unique("exercises", exercises.stream().map(e -> e.id().value()).toList());
        unique("programs", programs.stream().map(p -> p.id().value()).toList());
    }

    public static Catalog empty() {
        return new Catalog(List.of(), List.of());
    }

    public Optional<Exercise> exercise(ExerciseId id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Program> program(ProgramId id) {
        return programs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static void unique(String field, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new InvalidValueException(field, id, "must not repeat an id");
            }
        }
    }
}
