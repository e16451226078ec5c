package dev.limber.domain.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.timing.Timing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The builder's guarantees, over random catalogs, areas, budgets and doses. */
class WarmUpBuilderPropertyTest {

    /** One random exercise; its id is given later from its position, so ids are unique. */
    private record Spec(ExerciseKind kind, Laterality laterality, Set<Target> primary, Set<Target> secondary) {
        Exercise build(int index) {
            Set<Target> others = EnumSet.noneOf(Target.class);
            others.addAll(secondary);
            others.removeAll(primary);
            return Exercise.builder("move-" + index, "Move " + index)
                    .kind(kind)
                    .laterality(laterality)
                    .primary(new ArrayList<>(EnumSet.copyOf(primary)))
                    .secondary(new ArrayList<>(others))
                    .build();
        }
    }

    @Provide
    Arbitrary<List<Exercise>> catalogs() {
        Arbitrary<Set<Target>> primary =
                Arbitraries.of(Target.class).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Set<Target>> secondary = Arbitraries.of(Target.class).set().ofMaxSize(2);
        Arbitrary<Spec> spec = Combinators.combine(
                        Arbitraries.of(ExerciseKind.class), Arbitraries.of(Laterality.class), primary, secondary)
                .as(Spec::new);
        return spec.list().ofMaxSize(60).map(specs -> {
            List<Exercise> exercises = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                exercises.add(specs.get(i).build(i));
            }
            return exercises;
        });
    }

    @Provide
    Arbitrary<Set<Target>> areas() {
        return Arbitraries.of(Target.class).set().ofMaxSize(Target.values().length);
    }

    @Provide
    Arbitrary<Budget> budgets() {
        return Combinators.combine(
                        Arbitraries.longs().between(30, 900),
                        Arbitraries.longs().between(0, 900))
                .as((min, extra) -> Budget.between(Duration.ofSeconds(min), Duration.ofSeconds(min + extra)));
    }

    @Provide
    Arbitrary<WarmUpDoses> doses() {
        return Combinators.combine(
                        Arbitraries.longs().between(10, 60), Arbitraries.longs().between(20, 120))
                .as((side, other) -> new WarmUpDoses(Duration.ofSeconds(side), Duration.ofSeconds(other)));
    }

    @Property
    void neverGoesOverBudgetAndTheTotalIsTheStepsTime(
            @ForAll("catalogs") List<Exercise> catalog,
            @ForAll("areas") Set<Target> areas,
            @ForAll("budgets") Budget budget,
            @ForAll("doses") WarmUpDoses doses) {
        WarmUpPlan plan = new WarmUpBuilder(catalog, doses).build(areas, budget);
        assertTrue(plan.total().compareTo(budget.maximum()) <= 0, plan.total() + " > " + budget.maximum());
        Duration sum = Duration.ZERO;
        for (ExerciseStep step : plan.steps()) {
            sum = sum.plus(Timing.standard().of(step));
        }
        assertEquals(sum, plan.total());
    }

    @Property
    void coversEveryCoverableAreaWhenOneMovePerAreaFitsTheBudget(
            @ForAll("catalogs") List<Exercise> catalog,
            @ForAll("areas") Set<Target> areas,
            @ForAll("budgets") Budget budget,
            @ForAll("doses") WarmUpDoses doses) {
        Set<Target> coverable = EnumSet.noneOf(Target.class);
        Duration longest = Duration.ZERO;
        for (Exercise exercise : catalog) {
            if (exercise.kind().warmsUp()) {
                // A move covers each requested area it names, itself or through a finer part.
                exercise.targets()
                        .forEach(t -> areas.stream().filter(t::isPartOf).forEach(coverable::add));
                Duration length = doses.length(exercise);
                longest = length.compareTo(longest) > 0 ? length : longest;
            }
        }
        WarmUpPlan plan = new WarmUpBuilder(catalog, doses).build(areas, budget);
        if (longest.multipliedBy(coverable.size()).compareTo(budget.maximum()) <= 0) {
            assertEquals(coverable, plan.covered());
        }
        Set<Target> notCoverable = EnumSet.noneOf(Target.class);
        notCoverable.addAll(areas);
        notCoverable.removeAll(coverable);
        assertEquals(notCoverable, plan.noCandidate());
    }

    @Property
    void theSameInputGivesTheSamePlanWhateverTheCatalogsOrder(
            @ForAll("catalogs") List<Exercise> catalog,
            @ForAll("areas") Set<Target> areas,
            @ForAll("budgets") Budget budget,
            @ForAll Random random) {
        WarmUpPlan first = new WarmUpBuilder(catalog).build(areas, budget);
        List<Exercise> shuffled = new ArrayList<>(catalog);
        Collections.shuffle(shuffled, random);
        assertEquals(first, new WarmUpBuilder(shuffled).build(areas, budget));
        assertEquals(first, new WarmUpBuilder(catalog).build(areas, budget));
    }

    @Property
    void choosesWarmUpMovesOnceEachGeneralFirstAndAccountsForEveryArea(
            @ForAll("catalogs") List<Exercise> catalog,
            @ForAll("areas") Set<Target> areas,
            @ForAll("budgets") Budget budget) {
        Map<ExerciseId, Exercise> byId = catalog.stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
        WarmUpPlan plan = new WarmUpBuilder(catalog).build(areas, budget);
        Set<ExerciseId> seen = new HashSet<>();
        Set<Target> worked = EnumSet.noneOf(Target.class);
        int previous = Integer.MAX_VALUE;
        for (ExerciseStep step : plan.steps()) {
            Exercise exercise = byId.get(step.exercise());
            assertTrue(exercise.kind().warmsUp(), exercise.kind().toString());
            assertTrue(seen.add(exercise.id()), "chosen twice: " + exercise.id());
            assertTrue(exercise.targets().size() <= previous, "specific before general");
            previous = exercise.targets().size();
            exercise.targets().forEach(t -> {
                worked.add(t);
                worked.add(t.area());
            });
        }
        worked.retainAll(areas);
        assertEquals(worked, plan.covered());
        Set<Target> all = EnumSet.noneOf(Target.class);
        all.addAll(plan.covered());
        all.addAll(plan.uncovered());
        assertEquals(areas.isEmpty() ? Set.of() : EnumSet.copyOf(areas), all);
        assertTrue(plan.uncovered().containsAll(plan.noCandidate()));
    }

    @Property
    void fallsShortOfTheMinimumOnlyWhenNoOtherMoveForTheAreasFits(
            @ForAll("catalogs") List<Exercise> catalog,
            @ForAll("areas") Set<Target> areas,
            @ForAll("budgets") Budget budget) {
        WarmUpPlan plan = new WarmUpBuilder(catalog).build(areas, budget);
        if (plan.shortOfMinimum().isZero() || areas.isEmpty()) {
            return;
        }
        Set<ExerciseId> chosen =
                plan.steps().stream().map(ExerciseStep::exercise).collect(Collectors.toSet());
        for (Exercise exercise : catalog) {
            boolean relevant = exercise.kind().warmsUp() && areas.stream().anyMatch(exercise::works);
            if (relevant && !chosen.contains(exercise.id())) {
                Duration length = WarmUpDoses.standard().length(exercise);
                assertTrue(plan.total().plus(length).compareTo(budget.maximum()) > 0, exercise.id() + " would fit");
            }
        }
    }
}
