package dev.limber.domain.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.rules.Guidelines;
import dev.limber.domain.rules.RuleContext;
import dev.limber.domain.timing.Timing;
import dev.limber.domain.usecase.BuildWarmUp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WarmUpBuilderTest {
    private final BuildWarmUp build = new BuildWarmUp(BuiltInCatalog.catalog());
    private final Session legDay = BuiltInCatalog.PAIN_FREE_LEG_DAY.sessions().get(0);

    @Test
    void aLegDayWarmUpWarmsEveryLoadedAreaInFiveToTenMinutes() {
        WarmUpPlan plan = build.forSession(legDay, Budget.standard());
        assertEquals(
                EnumSet.of(Target.QUADRICEPS, Target.GLUTES, Target.HAMSTRINGS, Target.LOWER_BACK), plan.requested());
        assertTrue(plan.coversEverything(), plan.uncovered().toString());
        assertTrue(
                plan.total().compareTo(Duration.ofMinutes(5)) >= 0, plan.total().toString());
        assertTrue(
                plan.total().compareTo(Duration.ofMinutes(10)) <= 0,
                plan.total().toString());
        assertEquals(Duration.ZERO, plan.shortOfMinimum());
        assertEquals(Timing.standard().of(plan.phase().orElseThrow()), plan.total());
    }

    @Test
    void theBuiltWarmUpPassesTheGuidelinesInPlaceOfTheArticlesOne() {
        WarmUpPlan plan = build.forSession(legDay, Budget.standard());
        Session rebuilt = new Session(
                legDay.name(),
                List.of(
                        plan.phase().orElseThrow(),
                        legDay.phase(PhaseKind.MAIN).orElseThrow(),
                        legDay.phase(PhaseKind.COOL_DOWN).orElseThrow()),
                legDay.days());
        Program program = Program.builder("built-leg-day", "Built leg day")
                .session(rebuilt)
                .session(BuiltInCatalog.PAIN_FREE_LEG_DAY.sessions().get(1))
                .build();
        assertEquals(List.of(), Guidelines.defaults().evaluate(program, RuleContext.of(ExerciseLookup.builtIn())));
    }

    @Test
    void onlyDynamicAndMobilityMovesAreChosen() {
        WarmUpPlan plan = build.forAreas(
                EnumSet.allOf(Target.class), Budget.between(Duration.ofMinutes(5), Duration.ofMinutes(30)));
        for (ExerciseStep step : plan.steps()) {
            Exercise exercise =
                    BuiltInCatalog.catalog().exercise(step.exercise()).orElseThrow();
            assertTrue(exercise.kind().warmsUp(), exercise.id().value());
        }
    }

    @Test
    void generalMovesComeBeforeSpecificOnes() {
        WarmUpPlan plan = build.forSession(legDay, Budget.standard());
        int previous = Integer.MAX_VALUE;
        for (ExerciseStep step : plan.steps()) {
            int areas = BuiltInCatalog.catalog()
                    .exercise(step.exercise())
                    .orElseThrow()
                    .targets()
                    .size();
            assertTrue(areas <= previous, plan.steps().toString());
            previous = areas;
        }
    }

    @Test
    void anAreaNoWarmUpMoveWorksIsReportedUncovered() {
        WarmUpPlan plan = build.forAreas(EnumSet.of(Target.HAMSTRINGS, Target.CHEST), Budget.standard());
        assertEquals(Set.of(Target.CHEST), plan.uncovered());
        assertEquals(Set.of(Target.CHEST), plan.noCandidate());
        assertTrue(plan.covered().contains(Target.HAMSTRINGS));
    }

    @Test
    void aTightBudgetLeavesAreasUncoveredAndSaysWhich() {
        Set<Target> areas =
                EnumSet.of(Target.HAMSTRINGS, Target.SPINE, Target.PELVIS, Target.QUADRICEPS, Target.ADDUCTORS);
        WarmUpPlan plan = build.forAreas(areas, Budget.between(Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertEquals(1, plan.steps().size());
        assertTrue(plan.total().compareTo(Duration.ofMinutes(1)) <= 0);
        assertTrue(!plan.uncovered().isEmpty());
        assertEquals(Set.of(), plan.noCandidate());
    }

    @Test
    void aCatalogTooSmallForTheMinimumReportsTheShortfall() {
        WarmUpBuilder builder = new WarmUpBuilder(List.of(BuiltInCatalog.HIP_CIRCLES, BuiltInCatalog.PLANK));
        WarmUpPlan plan = builder.build(EnumSet.of(Target.HIPS), Budget.standard());
        assertEquals(
                List.of(BuiltInCatalog.HIP_CIRCLES.id()),
                plan.steps().stream().map(ExerciseStep::exercise).toList());
        assertEquals(Duration.ofMinutes(4), plan.shortOfMinimum());
    }

    @Test
    void perSideMovesGetThirtySecondsEachSide() {
        WarmUpPlan plan = new WarmUpBuilder(List.of(BuiltInCatalog.LEG_SWINGS))
                .build(EnumSet.of(Target.HAMSTRINGS), Budget.standard());
        assertTrue(plan.steps().get(0).prescription().perSide());
        assertEquals(Duration.ofMinutes(1), plan.total());
    }

    @Test
    void nothingRequestedBuildsNothing() {
        WarmUpPlan plan =
                build.forSession(BuiltInCatalog.LEG_DAY_COOL_DOWN.sessions().get(0), Budget.standard());
        assertEquals(List.of(), plan.steps());
        assertTrue(plan.phase().isEmpty());
        assertEquals(
                Phase.class,
                build.forSession(legDay, Budget.standard())
                        .phase()
                        .orElseThrow()
                        .getClass());
    }

    @Test
    void theArticlesDoseIsUsedWhereTheCatalogHasOne() {
        WarmUpPlan plan = build.forAreas(EnumSet.of(Target.HAMSTRINGS, Target.SPINE, Target.GLUTES), Budget.standard());
        ExerciseStep rollDown = step(plan, BuiltInCatalog.STANDING_ROLL_DOWN);
        assertEquals(Prescription.seconds(30).fromArticle(), rollDown.prescription(), "30 s, not 1 min");
        ExerciseStep kickback = step(plan, BuiltInCatalog.GLUTE_KICKBACK);
        assertEquals(Prescription.seconds(60).fromArticle(), kickback.prescription());
        assertEquals("1 minute in all: switch legs halfway", kickback.note());
        Duration sum = Duration.ZERO;
        for (ExerciseStep step : plan.steps()) {
            sum = sum.plus(Timing.standard().of(step));
        }
        assertEquals(sum, plan.total());
    }

    @Test
    void aMoveWorkingTheAreaAsPrimaryIsPreferredToOneThatOnlyTouchesIt() {
        Exercise touches = Exercise.builder("a-broad-move", "A Broad Move")
                .kind(ExerciseKind.DYNAMIC)
                .laterality(Laterality.BILATERAL)
                .primary(Target.CALVES, Target.QUADRICEPS)
                .secondary(Target.HIPS, Target.ADDUCTORS)
                .build();
        Exercise works = Exercise.builder("z-hip-move", "Z Hip Move")
                .kind(ExerciseKind.MOBILITY)
                .laterality(Laterality.BILATERAL)
                .primary(Target.HIPS)
                .build();
        WarmUpPlan plan = new WarmUpBuilder(List.of(touches, works))
                .build(EnumSet.of(Target.HIPS), Budget.between(Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertEquals(List.of(works.id()), ids(plan));
        WarmUpPlan onlySecondary = new WarmUpBuilder(List.of(touches))
                .build(EnumSet.of(Target.HIPS), Budget.between(Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertEquals(List.of(touches.id()), ids(onlySecondary), "a secondary move still covers what nothing else does");
    }

    @Test
    void twoExercisesWithTheSameNameAreNeverBothPicked() {
        Exercise copy = Exercise.builder("leg-swings-imported", "LEG SWINGS")
                .kind(ExerciseKind.DYNAMIC)
                .laterality(Laterality.BILATERAL)
                .primary(Target.HAMSTRINGS)
                .build();
        List<Exercise> catalog = new ArrayList<>(BuiltInCatalog.catalog().exercises());
        catalog.add(copy);
        WarmUpPlan plan = new WarmUpBuilder(catalog)
                .build(EnumSet.of(Target.HAMSTRINGS), Budget.between(Duration.ofMinutes(10), Duration.ofMinutes(10)));
        List<String> names = plan.steps().stream()
                .map(s -> catalog.stream()
                        .filter(e -> e.id().equals(s.exercise()))
                        .findFirst()
                        .orElseThrow()
                        .name()
                        .strip()
                        .toLowerCase(java.util.Locale.ROOT))
                .toList();
        assertEquals(names.stream().distinct().toList(), names, names.toString());
        assertTrue(names.contains("leg swings"), names.toString());
    }

    /** The built-in catalog plus moves as an imported catalog has them: direct ones and ones that list everything. */
    private static List<Exercise> bigCatalog() {
        List<Exercise> catalog = new ArrayList<>(BuiltInCatalog.catalog().exercises());
        catalog.add(move("ankle-circles", "Ankle Circles", ExerciseKind.MOBILITY, List.of(Target.CALVES), List.of()));
        catalog.add(move("calf-pulses", "Calf Pulses", ExerciseKind.DYNAMIC, List.of(Target.CALVES), List.of()));
        List<Target> everything = List.of(
                Target.CALVES,
                Target.QUADRICEPS,
                Target.GLUTES,
                Target.HAMSTRINGS,
                Target.SHOULDERS,
                Target.ABDOMINALS);
        List<Target> alsoTouched =
                List.of(Target.HIPS, Target.ADDUCTORS, Target.ABDUCTORS, Target.LOWER_BACK, Target.OBLIQUES);
        catalog.add(move("burpee-flow", "Burpee Flow", ExerciseKind.DYNAMIC, everything, alsoTouched));
        catalog.add(move("jumping-jack-hd", "Jumping Jack HD", ExerciseKind.DYNAMIC, everything, alsoTouched));
        catalog.add(move("jumping-jack-hd-2", "Jumping  jack HD.", ExerciseKind.DYNAMIC, everything, alsoTouched));
        catalog.add(move(
                "side-lunge-sweep", "Side Lunge Sweep", ExerciseKind.DYNAMIC, List.of(Target.ADDUCTORS), List.of()));
        catalog.add(move(
                "torso-twists",
                "Torso Twists",
                ExerciseKind.MOBILITY,
                List.of(Target.OBLIQUES),
                List.of(Target.LOWER_BACK)));
        catalog.add(
                move("cat-cow", "Cat-Cow", ExerciseKind.MOBILITY, List.of(Target.LOWER_BACK, Target.SPINE), List.of()));
        catalog.add(move(
                "hip-openers",
                "Hip Openers",
                ExerciseKind.MOBILITY,
                List.of(Target.HIPS, Target.ADDUCTORS),
                List.of(Target.GLUTES)));
        return catalog;
    }

    private static Exercise move(
            String id, String name, ExerciseKind kind, List<Target> primary, List<Target> secondary) {
        return Exercise.builder(id, name)
                .kind(kind)
                .laterality(Laterality.BILATERAL)
                .primary(primary)
                .secondary(secondary)
                .build();
    }

    @Test
    void aOneMoveWarmUpForTheCalvesIsTheMoveThatWorksThemMostDirectly() {
        WarmUpPlan plan = new WarmUpBuilder(bigCatalog())
                .build(EnumSet.of(Target.CALVES), Budget.between(Duration.ofMinutes(1), Duration.ofMinutes(1)));
        // Ankle Circles and Calf Pulses work the calves alone (the smaller id wins the tie); Burpee
        // Flow and Jumping Jack HD work them too, among ten other areas.
        assertEquals(List.of(ExerciseId.of("ankle-circles")), ids(plan));
    }

    @Test
    void aCalfWarmUpFillsWithMovesWorkingTheCalvesBeforeSquatsThatOnlyTouchThem() {
        WarmUpPlan plan = new WarmUpBuilder(bigCatalog())
                .build(EnumSet.of(Target.CALVES), Budget.between(Duration.ofMinutes(3), Duration.ofMinutes(3)));
        assertEquals(
                Set.of(ExerciseId.of("calf-pulses"), ExerciseId.of("ankle-circles")),
                Set.copyOf(ids(plan)).stream()
                        .filter(id ->
                                !id.value().startsWith("burpee") && !id.value().startsWith("jumping"))
                        .collect(java.util.stream.Collectors.toSet()));
        assertFalse(
                ids(plan).contains(BuiltInCatalog.BODYWEIGHT_SQUAT.id()),
                ids(plan).toString());
    }

    @Test
    void veryDifferentRequestsGetDifferentMoves() {
        WarmUpBuilder builder = new WarmUpBuilder(bigCatalog());
        List<Set<ExerciseId>> picks = new ArrayList<>();
        for (Set<Target> request : List.of(
                EnumSet.of(Target.HAMSTRINGS, Target.GLUTES, Target.HIPS),
                EnumSet.of(Target.CALVES),
                EnumSet.of(Target.LOWER_BACK, Target.ADDUCTORS, Target.OBLIQUES))) {
            WarmUpPlan plan = builder.build(request, Budget.standard());
            assertTrue(plan.coversEverything(), plan.toString());
            picks.add(Set.copyOf(ids(plan)));
        }
        Set<ExerciseId> common = new java.util.HashSet<>(picks.get(0));
        picks.forEach(common::retainAll);
        assertEquals(Set.of(), common, "no move is picked for all three: " + picks);
    }

    @Test
    void interchangeableMovesArePickedGeneralFirstThenBySmallerIdWhateverTheirOrder() {
        // One group (soleus and calves reach the same areas, 1 min each): those naming both are
        // more general. Listed in id order the index trusts that order; otherwise it sorts ties.
        List<Exercise> byId = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            byId.add(Exercise.builder("calf-move-" + i, "Calf Move " + i)
                    .kind(ExerciseKind.DYNAMIC)
                    .laterality(Laterality.BILATERAL)
                    .primary(i % 2 == 0 ? List.of(Target.SOLEUS, Target.CALVES) : List.of(Target.SOLEUS))
                    .build());
        }
        List<Exercise> reversed = new ArrayList<>(byId);
        java.util.Collections.reverse(reversed);
        List<Exercise> shuffled = new ArrayList<>(byId);
        java.util.Collections.shuffle(shuffled, new java.util.Random(19));
        Budget fourMoves = Budget.between(Duration.ofMinutes(4), Duration.ofMinutes(4));
        for (List<Exercise> listed : List.of(byId, reversed, shuffled)) {
            WarmUpPlan plan = new WarmUpBuilder(listed).build(EnumSet.of(Target.CALVES), fourMoves);
            assertEquals(
                    List.of("calf-move-0", "calf-move-2", "calf-move-4", "calf-move-6"),
                    ids(plan).stream().map(ExerciseId::value).toList(),
                    listed.toString());
        }
    }

    @Test
    void namesThatDifferOnlyInCaseSpacesOrPunctuationArePickedOnce() {
        WarmUpPlan plan = new WarmUpBuilder(bigCatalog())
                .build(EnumSet.of(Target.CALVES), Budget.between(Duration.ofMinutes(10), Duration.ofMinutes(10)));
        long jacks = ids(plan).stream()
                .filter(id -> id.value().startsWith("jumping-jack-hd"))
                .count();
        assertEquals(1, jacks, ids(plan).toString());
    }

    @Test
    void aSessionWhoseMainPhaseLoadsNothingAsksForNothing() {
        WarmUpPlan plan = build.forSession(BuiltInCatalog.DESK_BREAK.sessions().get(0), Budget.standard());
        assertEquals(Set.of(), plan.requested(), "a forward fold and hip hinges load nothing");
        assertEquals(List.of(), plan.steps());
    }

    @Test
    void aPlanBecomesAProgramOfOneWarmUpSession() {
        WarmUpPlan plan = build.forSession(legDay, Budget.standard());
        Program program =
                plan.program(dev.limber.domain.program.ProgramId.of("my-warm-up"), "My warm-up", "Built for leg day.");
        assertEquals("My warm-up", program.sessions().get(0).name());
        assertEquals(plan.steps(), program.sessions().get(0).exerciseSteps());
        assertEquals(List.of("warm-up"), program.tags());
        WarmUpPlan empty = build.forAreas(Set.of(), Budget.standard());
        assertThrows(
                dev.limber.domain.InvalidValueException.class,
                () -> empty.program(dev.limber.domain.program.ProgramId.of("nothing"), "Nothing", "Empty."));
    }

    @Test
    void aBudgetIsWithinTheArticlesHabitOnlyInsideFiveToTenMinutes() {
        assertTrue(Budget.standard().withinStandard());
        assertTrue(Budget.between(Duration.ofMinutes(5), Duration.ofMinutes(5)).withinStandard());
        assertFalse(
                Budget.between(Duration.ofMinutes(4), Duration.ofMinutes(10)).withinStandard());
        assertFalse(
                Budget.between(Duration.ofMinutes(15), Duration.ofMinutes(20)).withinStandard());
    }

    private static List<ExerciseId> ids(WarmUpPlan plan) {
        return plan.steps().stream().map(ExerciseStep::exercise).toList();
    }

    private static ExerciseStep step(WarmUpPlan plan, Exercise exercise) {
        return plan.steps().stream()
                .filter(s -> s.exercise().equals(exercise.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(exercise.id() + " not in " + plan.steps()));
    }
}
