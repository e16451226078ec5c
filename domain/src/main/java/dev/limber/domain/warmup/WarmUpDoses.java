package dev.limber.domain.warmup;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.StepFit;
import dev.limber.domain.timing.Timing;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dose the builder gives each move it picks: the article's own dose where the catalog's
 * programs carry one (standing roll-downs 30 s, glute kickbacks 1 min in all with "switch legs
 * halfway"), else the article's shape, 30 s each side for one-sided moves and 1 min for the
 * rest.
 *
 * @param eachSide for per-side exercises without an article dose, the time on each side
 * @param other    for bilateral and alternating exercises without an article dose, the time in all
 * @param article  the article's step (dose and note) for each exercise it doses, by exercise id
 */
public record WarmUpDoses(Duration eachSide, Duration other, Map<ExerciseId, ExerciseStep> article) {
    public WarmUpDoses {
        Checks.positive("eachSide", eachSide);
        Checks.positive("other", other);
        // Refuses null keys and values as before; kept in a HashMap, whose miss (most of the
        // 10,000s of moves the builder indexes have no article dose) compares cached hashes only.
        article = Collections.unmodifiableMap(new HashMap<>(Map.copyOf(Checks.required("article", article))));
    }

    /** Fixed doses, ignoring the article's. */
    public WarmUpDoses(Duration eachSide, Duration other) {
        this(eachSide, other, Map.of());
    }

    /** 30 s each side or 1 min, and the article's doses from the built-in programs. */
    public static WarmUpDoses standard() {
        return Standard.DOSES;
    }

    /** Made once (the doses are immutable): a warm-up through the store asks for them at each call. */
    private static final class Standard {
        static final WarmUpDoses DOSES = new WarmUpDoses(Duration.ofSeconds(30), Duration.ofSeconds(60))
                .withArticleDoses(BuiltInCatalog.catalog().programs());
    }

    /**
     * These doses, plus every dose those programs mark as the article's ({@link DoseSource#ARTICLE});
     * the first program that doses an exercise wins.
     */
    public WarmUpDoses withArticleDoses(Collection<Program> programs) {
        Map<ExerciseId, ExerciseStep> found = new LinkedHashMap<>(article);
        for (Program program : Checks.required("programs", programs)) {
            program.sessions().stream()
                    .flatMap(session -> session.exerciseSteps().stream())
                    .filter(step -> step.prescription().source() == DoseSource.ARTICLE)
                    .forEach(step -> found.putIfAbsent(step.exercise(), step));
        }
        return new WarmUpDoses(eachSide, other, found);
    }

    /**
     * The step the builder writes for this exercise: the article's (its dose and note) when it
     * has one that fits the exercise, else the standard dose marked as the catalog's choice.
     */
    public ExerciseStep step(Exercise exercise) {
        return stepper().apply(exercise);
    }

    /**
     * {@link #step} for many exercises: the two standard prescriptions are made once, not per
     * exercise (the warm-up builder indexes catalogs of 10,000s), and every exercise without an
     * article dose shares one of them.
     */
    public Function<Exercise, ExerciseStep> stepper() {
        Prescription perSide = standardPerSide();
        Prescription both = standardBoth();
        return exercise -> {
            ExerciseStep known = articleStep(exercise);
            return known != null ? known : ExerciseStep.of(exercise, standard(exercise, perSide, both));
        };
    }

    /** The article's step for this exercise where it has one that still fits it, else null. */
    ExerciseStep articleStep(Exercise exercise) {
        ExerciseStep known = article.get(exercise.id());
        // A stored exercise may have been changed since: its laterality decides.
        return known != null && StepFit.check(known, Optional.of(exercise)).isEmpty() ? known : null;
    }

    Prescription standardPerSide() {
        return Prescription.timed(eachSide).eachSide().catalogChoice();
    }

    Prescription standardBoth() {
        return Prescription.timed(other).catalogChoice();
    }

    /** The standard dose for an exercise without the article's: {@code perSide} for one-sided moves. */
    static Prescription standard(Exercise exercise, Prescription perSide, Prescription both) {
        return exercise.laterality() == Laterality.PER_SIDE ? perSide : both;
    }

    /** The dose alone. */
    public Prescription of(Exercise exercise) {
        return step(exercise).prescription();
    }

    /** How long that step lasts. */
    public Duration length(Exercise exercise) {
        return Timing.standard().of(step(exercise));
    }
}
