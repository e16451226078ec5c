package dev.limber.benchmarks.synthetic;

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

    private SyntheticCatalog() {}

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

    /** Warm-up candidates only (dynamic and mobility), with one to three targets each, seeded. */
    public static List<Exercise> warmUpMoves(int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Exercise> exercises = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int targetCount = 1 + random.nextInt(3);
            java.util.LinkedHashSet<Target> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < targetCount) {
                chosen.add(TARGETS[random.nextInt(TARGETS.length)]);
            }
            exercises.add(Exercise.builder(String.format("warm-move-%07d", i), String.format("Warm Move %07d", i))
                    .kind(random.nextBoolean() ? ExerciseKind.DYNAMIC : ExerciseKind.MOBILITY)
                    .laterality(random.nextInt(4) == 0 ? Laterality.PER_SIDE : Laterality.BILATERAL)
                    .primary(new ArrayList<>(chosen))
                    .cues("Easy range first, then bigger")
                    .build());
        }
        return exercises;
    }
}
