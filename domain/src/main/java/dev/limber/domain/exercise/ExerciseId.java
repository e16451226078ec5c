package dev.limber.domain.exercise;

import dev.limber.domain.guard.Checks;

/** A stable exercise id: a lowercase slug such as {@code leg-swings}. */
public record ExerciseId(String value) implements Comparable<ExerciseId> {
    public ExerciseId {
        Checks.slug("id", value);
    }

    public static ExerciseId of(String value) {
        return new ExerciseId(value);
    }

    @Override
    public int compareTo(ExerciseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
