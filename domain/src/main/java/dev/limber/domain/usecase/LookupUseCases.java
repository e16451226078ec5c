package dev.limber.domain.usecase;

import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.rules.Guidelines;
import dev.limber.domain.timing.Timing;

/**
 * The use cases that only look exercises up by id (checking a program, its timelines, its routine
 * cards) over any {@link ExerciseLookup}: a document's own exercises, the built-in catalog, a
 * store, or several of them in turn ({@link ExerciseLookup#orElse}). How a program read from a
 * document is checked or printed without a store; {@link UseCases} hands out the same ones over
 * its store.
 */
public final class LookupUseCases {
    private final ExerciseLookup exercises;
    private final Timing timing;
    private final Guidelines guidelines;

    public LookupUseCases(ExerciseLookup exercises, Timing timing, Guidelines guidelines) {
        this.exercises = Checks.required("exercises", exercises);
        this.timing = Checks.required("timing", timing);
        this.guidelines = Checks.required("guidelines", guidelines);
    }

    /** Over this lookup, with the standard pace (three seconds a rep) and the default guidelines. */
    public static LookupUseCases over(ExerciseLookup exercises) {
        return new LookupUseCases(exercises, Timing.standard(), Guidelines.defaults());
    }

    public ValidateProgram validateProgram() {
        return new ValidateProgram(exercises, guidelines, timing);
    }

    /** A document's {@code variationOf} links, checked against its own exercises, then this lookup. */
    public CheckVariationLinks checkVariationLinks() {
        return CheckVariationLinks.over(exercises);
    }

    public BuildTimeline buildTimeline() {
        return new BuildTimeline(timing, exercises);
    }

    public RoutineCards routineCards() {
        return new RoutineCards(exercises, timing);
    }
}
