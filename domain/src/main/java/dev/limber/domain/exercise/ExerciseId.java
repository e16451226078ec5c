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

    /** An id given as {@code parameter} (a query parameter, an option): a bad one is refused naming it. */
    public static ExerciseId named(String parameter, String value) {
        return new ExerciseId(Checks.slug(parameter, value));
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
