package dev.limber.formats.warmup;

import dev.limber.domain.Quote;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Durations;
import dev.limber.domain.warmup.Budget;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words the CLI and the service both say about a built warm-up: its budget, a budget outside
 * the article's habit, and a session with nothing to warm up for.
 */
public final class WarmUpText {
    private WarmUpText() {}

    /** {@code 5 min}, or {@code 5 min to 10 min}. */
    public static String budget(Budget budget) {
        return budget.minimum().equals(budget.maximum())
                ? Durations.human(budget.minimum())
                : Durations.human(budget.minimum()) + " to " + Durations.human(budget.maximum());
    }

    /** Said when the budget leaves the article's 5–10 minutes: allowed, and why it is only a habit. */
    public static Optional<String> habitNote(Budget budget) {
        if (budget.withinStandard()) {
            return Optional.empty();
        }
        return Optional.of("The budget " + budget(budget) + " is outside the article's 5 to 10 minutes: that is the"
                + " author's habit, not a limit; well-studied warm-ups such as FIFA 11+ take about 20 minutes.");
    }

    /** Why a session gives nothing to warm up for. */
    public static String nothingToWarmUp(Program program, Session session) {
        return "session " + Quote.single(session.name()) + " of " + program.id()
                + " loads nothing in a main phase (no strength, isometric, plyometric, cardio or dynamic work), so there is"
                + " nothing to warm up for; name the areas instead";
    }

    /** Areas as names, in the vocabulary's order: {@code glutes, hamstrings, hips}. */
    public static String areas(Collection<Target> targets) {
        return targets.stream().sorted().map(Target::externalName).collect(Collectors.joining(", "));
    }
}
