package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

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

    /** This session under another name. */
    public Session withName(String newName) {
        return new Session(newName, phases, days);
    }

    /** This session with other phases, in the order given. */
    public Session withPhases(List<Phase> newPhases) {
        return new Session(name, newPhases, days);
    }

    /** This session with the first phase of that kind changed; refused when it has none. */
    public Session withPhase(PhaseKind kind, UnaryOperator<Phase> change) {
        Objects.requireNonNull(change, "change");
        List<Phase> changed = new ArrayList<>(phases);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).kind() == kind) {
                changed.set(i, change.apply(changed.get(i)));
                return withPhases(changed);
            }
        }
        throw new InvalidValueException(ModelField.PHASE_KIND, kind, "is not a phase of session " + name);
    }

    /** This session on other weekdays (none: no fixed days). */
    public Session withDays(Set<DayOfWeek> newDays) {
        return new Session(name, phases, newDays);
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
