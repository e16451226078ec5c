package dev.limber.domain.program;

import dev.limber.domain.guard.Checks;

/** A stable program id: a lowercase slug such as {@code pain-free-leg-day}. */
public record ProgramId(String value) implements Comparable<ProgramId> {
    public ProgramId {
        Checks.slug("id", value);
    }

    public static ProgramId of(String value) {
        return new ProgramId(value);
    }

    @Override
    public int compareTo(ProgramId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
