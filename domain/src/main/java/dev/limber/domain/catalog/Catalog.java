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
        unique("exercises", exercises, e -> e.id().value());
        unique("programs", programs, p -> p.id().value());
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

    private static <T> void unique(String field, List<T> items, java.util.function.Function<T, String> idOf) {
        // Sized for every id at once: a catalog of 100,000 exercises is checked on every import.
        Set<String> seen = new HashSet<>(Math.max(16, (int) (items.size() / 0.75f) + 1));
        for (T item : items) {
            String id = idOf.apply(item);
            if (!seen.add(id)) {
                throw new InvalidValueException(field, id, "must not repeat an id");
            }
        }
    }
}
