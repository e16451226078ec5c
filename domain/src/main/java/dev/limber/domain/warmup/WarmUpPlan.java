package dev.limber.domain.warmup;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A warm-up the builder chose, and what it could not do.
 *
 * @param steps          the moves, general ones first
 * @param total          how long they last
 * @param requested      the areas asked for
 * @param covered        requested areas a chosen move works (primary or secondary)
 * @param uncovered      requested areas left uncovered, for want of a move or of time
 * @param noCandidate    of those, the areas no warm-up move in the catalog works at all
 * @param shortOfMinimum how far the total falls below the budget's minimum, zero when it does not
 */
public record WarmUpPlan(
        List<ExerciseStep> steps,
        Duration total,
        Set<Target> requested,
        Set<Target> covered,
        Set<Target> uncovered,
        Set<Target> noCandidate,
        Duration shortOfMinimum) {

    public WarmUpPlan {
        steps = Checks.list("steps", steps);
        Checks.notNegative("total", total);
        requested = copy("requested", requested);
        covered = copy("covered", covered);
        uncovered = copy("uncovered", uncovered);
        noCandidate = copy("noCandidate", noCandidate);
        Checks.notNegative("shortOfMinimum", shortOfMinimum);
    }

    /** Whether every requested area is warmed up. */
    public boolean coversEverything() {
        return uncovered.isEmpty();
    }

    /** The plan as a warm-up phase, or empty when it chose nothing. */
    public Optional<Phase> phase() {
        return steps.isEmpty()
                ? Optional.empty()
                : Optional.of(new Phase(PhaseKind.WARM_UP, new ArrayList<Step>(steps)));
    }

    /**
     * The plan as a program of one warm-up session, to store, print as a card or time.
     *
     * @param id          the program's id
     * @param name        its name, also the session's
     * @param description what it was built for
     * @throws InvalidValueException when the plan chose nothing
     */
    public Program program(ProgramId id, String name, String description) {
        Phase warmUp = phase().orElseThrow(
                        () -> new InvalidValueException("steps", steps, "a warm-up with no moves cannot be a program"));
        return Program.builder(id.value(), name)
                .description(description)
                .tags("warm-up")
                .session(Session.of(name, warmUp))
                .build();
    }

    private static Set<Target> copy(String field, Set<Target> targets) {
        Checks.required(field, targets);
        return targets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(targets));
    }
}
