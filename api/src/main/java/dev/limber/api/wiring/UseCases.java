package dev.limber.api.wiring;

import dev.limber.document.DocumentReader;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.usecase.FindExercise;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Wires the domain's use cases to the store ports the persistence adapter provides at run time.
 * The domain stays free of annotations: this factory is where the framework meets it.
 */
@Factory
final class UseCases {

    @Singleton
    FindExercise findExercise(Exercises exercises) {
        return new FindExercise(exercises);
    }

    /** The one reader of request bodies: the document format's own, with its limits. */
    @Singleton
    DocumentReader documentReader() {
        return new DocumentReader();
    }
}
