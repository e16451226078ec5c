package dev.limber.domain.warmup;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses warm-up moves (dynamic and mobility exercises) from any catalog so the requested areas
 * are covered within a time budget.
 *
 * <p>How: a greedy set cover. Each pick is the move that warms the most still-uncovered areas
 * and fits the time left; ties go to the shorter move, then the more general one (more areas,
 * then bilateral before alternating before per-side), then the smaller id, so the same input
 * always gives the same plan whatever the catalog's order. Every pick covers at least one new
 * area, so there are at most as many picks as areas (22); moves with the same areas and length
 * are interchangeable, so the cover only looks at the best of each such group. When the cover is
 * done and the minimum not reached, more moves for the requested areas are added, most general
 * first. Building the index is O(n) and sorting for the fill O(n log n), both once; a build is
 * O(22 × groups + n) at worst, so it stays
 * fast on catalogs of 100,000 exercises. Greedy is not always optimal (set cover is NP-hard),
 * but when every area has a move and one move per area fits the budget, it covers every area.
 *
 * <p>The builder indexes the catalog once; build it once and reuse it.
 */
public final class WarmUpBuilder {
    private static final Comparator<Candidate> GENERAL_FIRST = Comparator.comparingInt(
                    (Candidate c) -> -Long.bitCount(c.mask))
            .thenComparingInt(c -> lateralityRank(c.exercise.laterality()))
            .thenComparing(c -> c.exercise.id());

    private final WarmUpDoses doses;
    /** The best candidate of each group of interchangeable ones (same areas, same length). */
    private final List<Candidate> representatives;
    /** Every candidate, general first: the order filling to the minimum takes them in. */
    private final List<Candidate> generalFirst;

    private final long coverable;

    static {
        // Areas are bits of a long: the vocabulary must stay within 64 areas.
        if (Target.values().length > Long.SIZE) {
            throw new ExceptionInInitializerError("too many targets for a bit mask: " + Target.values().length);
        }
    }

    public WarmUpBuilder(Collection<Exercise> catalog, WarmUpDoses doses) {
        Checks.required("catalog", catalog);
        this.doses = Checks.required("doses", doses);
        Map<Group, Candidate> best = new HashMap<>();
        List<Candidate> all = new ArrayList<>();
        long union = 0;
        for (Exercise exercise : catalog) {
            if (exercise == null || !exercise.kind().warmsUp()) {
                continue;
            }
            Candidate candidate = new Candidate(exercise, mask(exercise.targets()), doses.length(exercise));
            all.add(candidate);
            union |= candidate.mask;
            best.merge(
                    new Group(candidate.mask, candidate.length),
                    candidate,
                    (a, b) -> GENERAL_FIRST.compare(a, b) <= 0 ? a : b);
        }
        this.representatives = List.copyOf(best.values());
        all.sort(GENERAL_FIRST);
        this.generalFirst = List.copyOf(all);
        this.coverable = union;
    }

    /** A builder with the standard doses (30 s each side, or 1 min). */
    public WarmUpBuilder(Collection<Exercise> catalog) {
        this(catalog, WarmUpDoses.standard());
    }

    /**
     * The areas a session's main phase loads: every primary target of its main-phase exercises
     * (the ones {@code warm-up-coverage} checks). Exercises the lookup lacks are skipped.
     */
    public static Set<Target> areasLoadedBy(Session session, ExerciseLookup exercises) {
        Checks.required("session", session);
        Checks.required("exercises", exercises);
        Set<Target> areas = EnumSet.noneOf(Target.class);
        for (Phase phase : session.phases(PhaseKind.MAIN)) {
            for (ExerciseStep step : phase.exerciseSteps()) {
                exercises.find(step.exercise()).ifPresent(e -> areas.addAll(e.primary()));
            }
        }
        return areas;
    }

    /** A warm-up for these areas within the budget. */
    public WarmUpPlan build(Set<Target> areas, Budget budget) {
        Checks.required("areas", areas);
        Checks.required("budget", budget);
        long requested = mask(areas);
        long uncovered = requested & coverable;
        List<Candidate> chosen = new ArrayList<>();
        Set<ExerciseId> taken = new HashSet<>();
        Duration total = Duration.ZERO;
        while (uncovered != 0) {
            Candidate pick = null;
            Duration left = budget.maximum().minus(total);
            for (Candidate candidate : representatives) {
                if ((candidate.mask & uncovered) != 0
                        && candidate.length.compareTo(left) <= 0
                        && (pick == null || better(candidate, pick, uncovered))) {
                    pick = candidate;
                }
            }
            if (pick == null) {
                break;
            }
            chosen.add(pick);
            taken.add(pick.exercise.id());
            total = total.plus(pick.length);
            uncovered &= ~pick.mask;
        }
        if (total.compareTo(budget.minimum()) < 0 && requested != 0) {
            total = fill(chosen, taken, total, requested, budget);
        }
        chosen.sort(GENERAL_FIRST);
        List<ExerciseStep> steps = new ArrayList<>();
        long covered = 0;
        for (Candidate candidate : chosen) {
            steps.add(ExerciseStep.of(candidate.exercise, doses.of(candidate.exercise)));
            covered |= candidate.mask;
        }
        covered &= requested;
        Duration shortfall = budget.minimum().minus(total);
        return new WarmUpPlan(
                steps,
                total,
                targets(requested),
                targets(covered),
                targets(requested & ~covered),
                targets(requested & ~coverable),
                shortfall.isNegative() ? Duration.ZERO : shortfall);
    }

    private Duration fill(
            List<Candidate> chosen, Set<ExerciseId> taken, Duration total, long requested, Budget budget) {
        for (Candidate candidate : generalFirst) {
            if (total.compareTo(budget.minimum()) >= 0) {
                break;
            }
            if ((candidate.mask & requested) != 0
                    && !taken.contains(candidate.exercise.id())
                    && total.plus(candidate.length).compareTo(budget.maximum()) <= 0) {
                chosen.add(candidate);
                taken.add(candidate.exercise.id());
                total = total.plus(candidate.length);
            }
        }
        return total;
    }

    /** More new areas, then shorter, then more general. */
    private static boolean better(Candidate a, Candidate b, long uncovered) {
        int gainA = Long.bitCount(a.mask & uncovered);
        int gainB = Long.bitCount(b.mask & uncovered);
        if (gainA != gainB) {
            return gainA > gainB;
        }
        int byLength = a.length.compareTo(b.length);
        if (byLength != 0) {
            return byLength < 0;
        }
        return GENERAL_FIRST.compare(a, b) < 0;
    }

    private static int lateralityRank(Laterality laterality) {
        return laterality == Laterality.BILATERAL ? 0 : laterality == Laterality.ALTERNATING ? 1 : 2;
    }

    private static long mask(Collection<Target> targets) {
        long mask = 0;
        for (Target target : targets) {
            mask |= 1L << target.ordinal();
        }
        return mask;
    }

    private static Set<Target> targets(long mask) {
        Set<Target> set = EnumSet.noneOf(Target.class);
        for (Target target : Target.values()) {
            if ((mask & (1L << target.ordinal())) != 0) {
                set.add(target);
            }
        }
        return set;
    }

    /** A warm-up move with its areas as bits and the length of its dose. */
    private record Candidate(Exercise exercise, long mask, Duration length) {}

    /** Candidates with the same areas and length are interchangeable for the cover. */
    private record Group(long mask, Duration length) {}
}
