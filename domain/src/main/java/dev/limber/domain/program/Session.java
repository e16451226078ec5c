package dev.limber.domain.program;

import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A named workout made of phases, optionally on given weekdays. Phases are kept in the order
 * given: putting them out of order is a guideline error ({@code phase-order}), not an invariant,
 * so that a validator can report it instead of refusing to read the program.
 */
public record Session(String name, List<Phase> phases, Set<DayOfWeek> days) {
    public Session {
        name = Checks.line(ModelField.SESSION_NAME, name, Limits.NAME);
        phases = Checks.atMost(
                ModelField.SESSION_PHASES, Checks.nonEmpty(ModelField.SESSION_PHASES, phases), Limits.PHASES);
        Checks.list(ModelField.SESSION_DAYS, days == null ? List.of() : days);
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public static Session of(String name, Phase... phases) {
        return new Session(name, List.of(phases), Set.of());
    }

    public Session on(DayOfWeek... weekdays) {
        return new Session(name, phases, Set.of(weekdays));
    }

    /** The days in calendar order, Monday first. */
    public List<DayOfWeek> orderedDays() {
        return days.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(days));
    }

    /** The first phase of a kind, if the session has one. */
    public Optional<Phase> phase(PhaseKind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** Every phase of a kind, in order. */
    public List<Phase> phases(PhaseKind kind) {
        List<Phase> matching = new ArrayList<>();
        for (Phase phase : phases) {
            if (phase.kind() == kind) {
                matching.add(phase);
            }
        }
        return List.copyOf(matching);
    }

    /** Every exercise step of every phase, in order. */
    public List<ExerciseStep> exerciseSteps() {
        List<ExerciseStep> all = new ArrayList<>();
        phases.forEach(p -> all.addAll(p.exerciseSteps()));
        return List.copyOf(all);
    }
}
