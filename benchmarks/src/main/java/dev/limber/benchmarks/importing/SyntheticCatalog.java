package dev.limber.benchmarks.importing;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Reproducible synthetic exercises: each has 2 primary and 1 secondary target and 3 cues, so one
 * exercise is 7 rows (1 exercise, 3 targets, 3 texts).
 */
public final class SyntheticCatalog {
    public static final int ROWS_PER_EXERCISE = 7;
    private static final Target[] TARGETS = Target.values();
    private static final ExerciseKind[] KINDS = ExerciseKind.values();

    private SyntheticCatalog() {
    }

    public static List<Exercise> exercises(int count) {
        List<Exercise> exercises = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            exercises.add(exercise(i));
        }
        return exercises;
    }

    public static Exercise exercise(int i) {
        Target first = TARGETS[i % TARGETS.length];
        Target second = TARGETS[(i + 7) % TARGETS.length];
        Target third = TARGETS[(i + 13) % TARGETS.length];
        return Exercise.builder(String.format("synthetic-%07d", i), String.format("Synthetic Move %07d", i))
                .kind(KINDS[i % KINDS.length])
                .laterality(i % 3 == 0 ? Laterality.PER_SIDE : Laterality.BILATERAL)
                .primary(first, second)
                .secondary(third)
                .cues("Set up with a neutral spine", "Move slowly through the full range", "Breathe out on the effort")
                .build();
    }
}
