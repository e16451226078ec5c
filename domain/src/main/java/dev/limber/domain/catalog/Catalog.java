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
import java.util.function.Function;

/**
 * A set of exercises and programs that travel together: the built-in catalog, one imported
 * document, one export. Ids are unique within it.
 */
public record Catalog(List<Exercise> exercises, List<Program> programs) {
    public Catalog {
        exercises = Checks.list("exercises", exercises);
        programs = Checks.list("programs", programs);
        unique("exercises", exercises, Exercise::id);
        unique("programs", programs, Program::id);
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

    private static <T, I extends Comparable<I>> void unique(String field, List<T> items, Function<T, I> idOf) {
        // Ids in strictly ascending order are unique: the stores list in id order, and comparing
        // neighbours costs no set of every id (the warm-up builder makes a catalog of 10,000s).
        if (ascending(items, idOf)) {
            return;
        }
        // Sized for every id at once: a catalog of 100,000 exercises is checked on every import.
        Set<I> seen = new HashSet<>(Math.max(16, (int) (items.size() / 0.75f) + 1));
        for (T item : items) {
            I id = idOf.apply(item);
            if (!seen.add(id)) {
                throw new InvalidValueException(field, id.toString(), "must not repeat an id");
            }
        }
    }

    /** Whether each id is greater than the one before; stops at the first that is not. */
    private static <T, I extends Comparable<I>> boolean ascending(List<T> items, Function<T, I> idOf) {
        I previous = null;
        for (int i = 0; i < items.size(); i++) { // by index: the list is a copy, random access
            I id = idOf.apply(items.get(i));
            if (previous != null && previous.compareTo(id) >= 0) {
                return false;
            }
            previous = id;
        }
        return true;
    }
}
