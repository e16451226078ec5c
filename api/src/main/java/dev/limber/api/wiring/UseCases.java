package dev.limber.api.wiring;

import dev.limber.formats.document.DocumentReader;
import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.usecase.SaveProgram;
import dev.limber.domain.rules.Guidelines;
import dev.limber.domain.timing.Timing;
import dev.limber.domain.usecase.BuildTimeline;
import dev.limber.domain.usecase.FindExercise;
import dev.limber.domain.usecase.FindProgram;
import dev.limber.domain.usecase.PlanDeskBreaks;
import dev.limber.domain.usecase.ValidateProgram;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Wires the domain's use cases to the store ports the persistence adapter provides at run time.
 * The domain stays free of annotations: this factory is where the framework meets it. Every use
 * case here reads the store on each call, so several instances on one database agree.
 */
@Factory
final class UseCases {

    @Singleton
    FindProgram findProgram(Programs programs) {
        return new FindProgram(programs);
    }

    @Singleton
    FindExercise findExercise(Exercises exercises) {
        return new FindExercise(exercises);
    }

    /** The one reader of request bodies: the document format's own, with its limits. */
    @Singleton
    SaveProgram saveProgram(Exercises exercises, Programs programs) {
        return new SaveProgram(exercises, programs);
    }

    @Singleton
    DocumentReader documentReader() {
        return new DocumentReader();
    }

    /** The standard pace (three seconds a rep) for every computed duration. */
    @Singleton
    Timing timing() {
        return Timing.standard();
    }

    @Singleton
    ValidateProgram validateProgram(Exercises exercises, Timing timing) {
        return new ValidateProgram(ExerciseLookup.of(exercises), Guidelines.defaults(), timing);
    }

    @Singleton
    BuildTimeline buildTimeline(Timing timing) {
        return new BuildTimeline(timing);
    }

    /** Cards read their exercises from the store when drawn (in one go); nothing is kept between requests. */
    @Singleton
    RoutineCards routineCards(Exercises exercises, Timing timing) {
        return new RoutineCards(ExerciseLookup.of(exercises), timing);
    }

    @Singleton
    PlanDeskBreaks planDeskBreaks() {
        return new PlanDeskBreaks();
    }
}
