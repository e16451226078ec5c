package dev.limber.domain.store.memory;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * What the store holds at one moment: exercises and programs by id, each with its version.
 * Published contents are never changed again; a write changes a copy and publishes it.
 */
final class Contents {
    /** The catalog's order, as the database adapter sorts: name ignoring case, then id. */
    static final Comparator<Exercise> EXERCISES_BY_NAME = Comparator.comparing(
                    (Exercise exercise) -> nameKey(exercise.name()))
            .thenComparing(Exercise::id);

    static final Comparator<Program> PROGRAMS_BY_NAME =
            Comparator.comparing((Program program) -> nameKey(program.name())).thenComparing(Program::id);

    final TreeMap<ExerciseId, Stored<Exercise>> exercises;
    final TreeMap<ProgramId, Stored<Program>> programs;

    Contents() {
        this(new TreeMap<>(), new TreeMap<>());
    }

    private Contents(TreeMap<ExerciseId, Stored<Exercise>> exercises, TreeMap<ProgramId, Stored<Program>> programs) {
        this.exercises = exercises;
        this.programs = programs;
    }

    /** A copy to change; the values are immutable records, so the maps alone are copied. */
    Contents copy() {
        return new Contents(new TreeMap<>(exercises), new TreeMap<>(programs));
    }

    /** Lower case in the root locale: the key the database adapter sorts and searches names by. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** One page of a sorted list of matches, with their total. */
    static <T> Page<T> page(List<T> sorted, PageRequest request) {
        int from = (int) Math.min(sorted.size(), request.offset());
        return new Page<>(sorted.subList(from, Math.min(sorted.size(), from + request.size())), request, sorted.size());
    }
}
