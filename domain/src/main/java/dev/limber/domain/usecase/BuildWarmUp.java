package dev.limber.domain.usecase;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Session;
import dev.limber.domain.warmup.Budget;
import dev.limber.domain.warmup.WarmUpBuilder;
import dev.limber.domain.warmup.WarmUpDoses;
import dev.limber.domain.warmup.WarmUpPlan;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds a warm-up from a catalog: for chosen areas, or for what a session's main phase loads.
 * Over a fixed catalog it indexes the moves once; over a store it reads them at each call, so a
 * move another service instance stored is a candidate at once.
 */
public final class BuildWarmUp {
    private static final Set<ExerciseKind> WARM_UP_KINDS =
            Arrays.stream(ExerciseKind.values()).filter(ExerciseKind::warmsUp).collect(Collectors.toUnmodifiableSet());

    private final Supplier<WarmUpBuilder> builder;
    private final ExerciseLookup exercises;

    private BuildWarmUp(Supplier<WarmUpBuilder> builder, ExerciseLookup exercises) {
        this.builder = builder;
        this.exercises = Checks.required("exercises", exercises);
    }

    /**
     * @param candidates the moves to choose from (only dynamic and mobility ones are used)
     * @param exercises  resolves the exercises a session names
     * @param doses      the dose each chosen move gets
     */
    public BuildWarmUp(Collection<Exercise> candidates, ExerciseLookup exercises, WarmUpDoses doses) {
        this(fixed(new WarmUpBuilder(candidates, doses)), exercises);
    }

    /** From one catalog, with the standard doses. */
    public BuildWarmUp(Catalog catalog) {
        this(Checks.required("catalog", catalog).exercises(), indexedWhenAsked(catalog), WarmUpDoses.standard());
    }

    /**
     * The catalog's lookup by id, indexed at the first session asked about: a warm-up for areas
     * never looks an exercise up, and indexing a large catalog costs as much as the builder's own.
     */
    private static ExerciseLookup indexedWhenAsked(Catalog catalog) {
        return new ExerciseLookup() {
            private ExerciseLookup index;

            @Override
            public synchronized java.util.Optional<Exercise> find(ExerciseId id) {
                if (index == null) {
                    index = ExerciseLookup.of(catalog);
                }
                return index.find(id);
            }
        };
    }

    /** From the stored catalog's warm-up moves, read in one query at each call, with the standard doses. */
    public static BuildWarmUp overStore(Exercises store) {
        Checks.required("store", store);
        return new BuildWarmUp(
                () -> new WarmUpBuilder(store.ofKinds(EnumSet.copyOf(WARM_UP_KINDS)), WarmUpDoses.standard()),
                ExerciseLookup.of(store));
    }

    private static Supplier<WarmUpBuilder> fixed(WarmUpBuilder builder) {
        return () -> builder;
    }

    public WarmUpPlan forAreas(Set<Target> areas, Budget budget) {
        return builder.get().build(areas, budget);
    }

    /** A warm-up for every area the session's main phase loads. */
    public WarmUpPlan forSession(Session session, Budget budget) {
        Checks.required("session", session);
        // The main phase's exercises are read in one go where the lookup is a store.
        List<ExerciseId> named =
                session.exerciseSteps().stream().map(ExerciseStep::exercise).toList();
        return builder.get()
                .build(
                        WarmUpBuilder.areasLoadedBy(
                                session, exercises.prefetch(named).cached()),
                        budget);
    }
}
