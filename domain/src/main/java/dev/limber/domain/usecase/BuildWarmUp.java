package dev.limber.domain.usecase;

import dev.limber.domain.Checks;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Session;
import dev.limber.domain.warmup.Budget;
import dev.limber.domain.warmup.WarmUpBuilder;
import dev.limber.domain.warmup.WarmUpDoses;
import dev.limber.domain.warmup.WarmUpPlan;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Builds a warm-up from a catalog: for chosen areas, or for what a session's main phase loads.
 * It indexes the catalog once, so keep one per catalog.
 */
public final class BuildWarmUp {
    private final WarmUpBuilder builder;
    private final ExerciseLookup exercises;

    /**
     * @param candidates the moves to choose from (only dynamic and mobility ones are used)
     * @param exercises  resolves the exercises a session names
     * @param doses      the dose each chosen move gets
     */
    public BuildWarmUp(Collection<Exercise> candidates, ExerciseLookup exercises, WarmUpDoses doses) {
        this.builder = new WarmUpBuilder(candidates, doses);
        this.exercises = Checks.required("exercises", exercises);
    }

    /** From the stored catalog's warm-up moves (read in one go), with the standard doses. */
    public static BuildWarmUp fromStore(Exercises store) {
        Set<ExerciseKind> warmUpKinds = java.util.EnumSet.noneOf(ExerciseKind.class);
        for (ExerciseKind kind : ExerciseKind.values()) {
            if (kind.warmsUp()) {
                warmUpKinds.add(kind);
            }
        }
        return new BuildWarmUp(store.ofKinds(warmUpKinds), ExerciseLookup.of(store), WarmUpDoses.standard());
    }

    /** From one catalog, with the standard doses. */
    public BuildWarmUp(Catalog catalog) {
        this(Checks.required("catalog", catalog).exercises(), ExerciseLookup.of(catalog), WarmUpDoses.standard());
    }

    public WarmUpPlan forAreas(Set<Target> areas, Budget budget) {
        return builder.build(areas, budget);
    }

    /** A warm-up for every area the session's main phase loads. */
    public WarmUpPlan forSession(Session session, Budget budget) {
        // The main phase's exercises are read in one go where the lookup is a store.
        List<ExerciseId> named = session.exerciseSteps().stream().map(ExerciseStep::exercise).toList();
        return builder.build(WarmUpBuilder.areasLoadedBy(session, exercises.prefetch(named).cached()), budget);
    }
}
