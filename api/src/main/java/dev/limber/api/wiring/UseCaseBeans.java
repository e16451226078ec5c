package dev.limber.api.wiring;

import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.StoreStartup;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.timing.Timing;
import dev.limber.domain.usecase.BuildRampUp;
import dev.limber.domain.usecase.BuildTimeline;
import dev.limber.domain.usecase.BuildWarmUp;
import dev.limber.domain.usecase.CheckStoredProgram;
import dev.limber.domain.usecase.DeleteExercise;
import dev.limber.domain.usecase.DeleteProgram;
import dev.limber.domain.usecase.FindExercise;
import dev.limber.domain.usecase.FindProgram;
import dev.limber.domain.usecase.PlanDeskBreaks;
import dev.limber.domain.usecase.PlanWeek;
import dev.limber.domain.usecase.SaveExercise;
import dev.limber.domain.usecase.SaveProgram;
import dev.limber.domain.usecase.SeedBuiltInCatalog;
import dev.limber.domain.usecase.UseCases;
import dev.limber.domain.usecase.ValidateProgram;
import dev.limber.formats.document.DocumentReader;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the domain's use cases to the store ports the persistence adapter provides at run time.
 * The domain stays free of annotations: this factory is where the framework meets it, and the
 * only class of the service that sees a port. Controllers ask for the use cases they call.
 */
@Factory
final class UseCaseBeans {
    private static final Logger LOG = LoggerFactory.getLogger(UseCaseBeans.class);

    @Singleton
    UseCases useCases(Exercises exercises, Programs programs, Transactions transactions) {
        return UseCases.over(exercises, programs, transactions);
    }

    /**
     * The service's first start fills an empty store with the built-in catalog. Handed to the
     * store's start, so it runs right after the migration and before any request reaches the
     * store: no client ever sees an empty catalog. Off with {@code limber.seed.enabled=false}.
     */
    @Singleton
    @Requires(property = "limber.seed.enabled", notEquals = "false")
    StoreStartup.Step seedBuiltInCatalog(Exercises exercises, Programs programs, Transactions transactions) {
        SeedBuiltInCatalog seed = new SeedBuiltInCatalog(exercises, programs, transactions);
        return () -> {
            if (seed.ifEmpty()) {
                LOG.info("Loaded the built-in catalog into an empty database");
            }
        };
    }

    /** The one reader of request bodies: the document format's own, with its limits. */
    @Singleton
    DocumentReader documentReader() {
        return new DocumentReader();
    }

    /** The standard pace (three seconds a rep) for every computed duration. */
    @Singleton
    Timing timing(UseCases all) {
        return all.timing();
    }

    @Singleton
    FindExercise findExercise(UseCases all) {
        return all.findExercise();
    }

    @Singleton
    SaveExercise saveExercise(UseCases all) {
        return all.saveExercise();
    }

    @Singleton
    DeleteExercise deleteExercise(UseCases all) {
        return all.deleteExercise();
    }

    @Singleton
    FindProgram findProgram(UseCases all) {
        return all.findProgram();
    }

    @Singleton
    SaveProgram saveProgram(UseCases all) {
        return all.saveProgram();
    }

    @Singleton
    DeleteProgram deleteProgram(UseCases all) {
        return all.deleteProgram();
    }

    @Singleton
    ValidateProgram validateProgram(UseCases all) {
        return all.validateProgram();
    }

    @Singleton
    CheckStoredProgram checkStoredProgram(UseCases all) {
        return all.checkStoredProgram();
    }

    @Singleton
    BuildTimeline buildTimeline(UseCases all) {
        return all.buildTimeline();
    }

    /** Reads the catalog's warm-up moves at each call, so a move stored on another instance counts at once. */
    @Singleton
    BuildWarmUp buildWarmUp(UseCases all) {
        return all.buildWarmUp();
    }

    /** Ramp-up sets: a computation over the plates, with the exercise looked up in the store. */
    @Singleton
    BuildRampUp buildRampUp(UseCases all) {
        return all.buildRampUp();
    }

    /** A week of a program: a computation over the stored program, nothing stored. */
    @Singleton
    PlanWeek planWeek(UseCases all) {
        return all.planWeek();
    }

    /** Cards read their exercises from the store when drawn (in one go); nothing is kept between requests. */
    @Singleton
    RoutineCards routineCards(UseCases all) {
        return all.routineCards();
    }

    @Singleton
    PlanDeskBreaks planDeskBreaks(UseCases all) {
        return all.planDeskBreaks();
    }
}
