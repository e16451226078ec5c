package dev.limber.domain.warmup;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Timing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Chooses warm-up moves (dynamic and mobility exercises) from any catalog so the requested areas
 * are covered within a time budget.
 *
 * <p>How: a greedy set cover in two passes. The first covers each requested area with a move
 * that works it as a <em>primary</em> target where the catalog has one (a move that only touches
 * an area in passing does not warm it up well); the second covers what is left with moves that
 * work it as a secondary target. Each pick is the move that reaches the most still-uncovered
 * areas and fits the time left; ties go to the more <em>direct</em> move for this request (fewer
 * areas outside it), then the shorter, then bilateral before alternating before per-side, then the
 * smaller id, so the same input always gives the same plan whatever the catalog's order. A move is
 * never picked twice, nor two moves with the same name, compared as people read them (case, spaces
 * and punctuation aside: an imported catalog may hold "Leg Swings" under two ids). Every pick
 * covers at least one new area, so there are at most as many picks as areas; moves with the same
 * areas and length are interchangeable, so the cover looks at the first free one of each such
 * group. When the cover is done and the minimum not reached, more moves for the requested areas
 * are added, most direct first: those working requested areas as primary before those that only
 * touch them, then more requested areas worked as primary, then fewer areas outside the request,
 * then more requested areas touched — so different requests get different moves, rather than the
 * same moves that list the most areas. Areas are reasoned with as the rules do: a move for a finer
 * target (front delts) covers its area (shoulders) and ranks as directly as a move naming the area,
 * while a move for the area does not cover a request for one of its finer targets. Each move gets the article's dose where the catalog has one
 * ({@link WarmUpDoses}), its step written only if it is picked. Building the index is linear for a
 * catalog listed in id order, as the stores list it (counting sorts: no comparisons), else
 * O(n log n) at worst, once; a build is
 * O(areas × groups) plus a heap of the g groups the fill may use (g ≤ n), from which it takes only
 * as many as reach the minimum, so it stays within n log n, and fast on catalogs of 100,000
 * exercises.
 * Greedy is not always optimal (set cover is NP-hard), but when every area has a move and one move
 * per area fits the budget, it covers every area.
 *
 * <p>The builder indexes the catalog once; build it once and reuse it.
 */
public final class WarmUpBuilder {
    // By the targets a move names, not its bits: a finer target's area bit is not another area named.
    // The count is kept on the candidate: a sort of 10,000s reading it through the exercise's lists
    // spent most of the index's time on those reads.
    private static final Comparator<Candidate> GENERAL_FIRST_BEFORE_ID = (a, b) -> {
        int byNamed = Integer.compare(b.named, a.named);
        return byNamed != 0 ? byNamed : Integer.compare(a.side, b.side);
    };

    private static final Comparator<Candidate> GENERAL_FIRST =
            GENERAL_FIRST_BEFORE_ID.thenComparing(c -> c.exercise.id());

    /** Bilateral, alternating, per side: the ranks {@link #lateralityRank} gives. */
    private static final int SIDES = 3;

    private static final Comparator<Candidate> BY_ID = Comparator.comparing(c -> c.exercise.id());

    /** A fixed order of groups (by any of their candidates): primary bits, all bits, length. */
    private static final Comparator<Candidate> GROUP_ORDER = (x, y) -> {
        int byPrimary = Long.compare(x.primary, y.primary);
        if (byPrimary != 0) {
            return byPrimary;
        }
        int byMask = Long.compare(x.mask, y.mask);
        return byMask != 0 ? byMask : x.length.compareTo(y.length);
    };

    /**
     * Every candidate, group after group of interchangeable ones (same areas, same length), each
     * group general first; group {@code g} runs from {@code moves[starts[g]]} to just before
     * {@code moves[starts[g + 1]]}. The groups are in no particular order: the cover's ranking is
     * a total order of the moves, and the fill orders the groups it uses with {@link #GROUP_ORDER}
     * as the last tie-break.
     */
    private final Candidate[] moves;

    private final int[] starts;
    private final long coverable;
    private final long primaryCoverable;

    static {
        // Areas are bits of a long: the vocabulary must stay within 64 areas.
        if (Target.values().length > Long.SIZE) {
            throw new ExceptionInInitializerError("too many targets for a bit mask: " + Target.values().length);
        }
    }

    public WarmUpBuilder(Collection<Exercise> catalog, WarmUpDoses doses) {
        Checks.required("catalog", catalog);
        Checks.required("doses", doses);
        long union = 0;
        long primaryUnion = 0;
        Timing timing = Timing.standard();
        Prescription perSide = doses.standardPerSide();
        Prescription both = doses.standardBoth();
        // Most moves share one of two standard prescriptions: each distinct one is timed once, and
        // each distinct length numbered for the group key.
        Map<Prescription, Integer> lengthOf = new IdentityHashMap<>();
        List<Duration> lengths = new ArrayList<>(4);
        GroupNumbers groups = new GroupNumbers(catalog.size() / 2);
        Candidate[] all = new Candidate[catalog.size()];
        int count = 0;
        int mostNamed = 0;
        // Whether the moves come in ascending id order (the stores list them so): then so does
        // each group, and no tie within a group needs its ids compared.
        boolean idOrder = true;
        ExerciseId previous = null;
        for (Exercise exercise : catalog) {
            if (exercise == null || !exercise.kind().warmsUp()) {
                continue;
            }
            if (idOrder) {
                idOrder = previous == null || previous.compareTo(exercise.id()) < 0;
                previous = exercise.id();
            }
            // The step itself is written only for the moves a build picks.
            ExerciseStep article = doses.articleStep(exercise);
            Prescription dose =
                    article != null ? article.prescription() : WarmUpDoses.standard(exercise, perSide, both);
            Integer length = lengthOf.get(dose);
            if (length == null) {
                length = number(lengths, timing.of(article != null ? article : ExerciseStep.of(exercise, dose)));
                lengthOf.put(dose, length);
            }
            long primary = reach(exercise.primary());
            long mask = primary | reach(exercise.secondary());
            int named = exercise.primary().size() + exercise.secondary().size();
            all[count++] = new Candidate(
                    exercise,
                    groups.of(primary, mask, length),
                    primary,
                    mask,
                    named,
                    lengths.get(length),
                    dose,
                    article);
            union |= mask;
            primaryUnion |= primary;
            mostNamed = Math.max(mostNamed, named);
        }
        this.starts = new int[groups.size() + 1];
        this.moves = grouped(byGenerality(all, count, mostNamed), count, starts);
        if (!idOrder) {
            sortTiesById(moves, starts);
        }
        this.coverable = union;
        this.primaryCoverable = primaryUnion;
    }

    /** The number of this length among {@code lengths}, added if new (there are a handful). */
    private static int number(List<Duration> lengths, Duration length) {
        int known = lengths.indexOf(length);
        if (known >= 0) {
            return known;
        }
        lengths.add(length);
        return lengths.size() - 1;
    }

    /**
     * The first {@code count} candidates by rank, general first ({@link #GENERAL_FIRST_BEFORE_ID}),
     * in their order within a rank: a counting sort over the few ranks, with no comparisons.
     */
    private static Candidate[] byGenerality(Candidate[] candidates, int count, int mostNamed) {
        int[] next = new int[(mostNamed + 1) * SIDES + 1];
        for (int i = 0; i < count; i++) {
            next[rank(candidates[i], mostNamed) + 1]++;
        }
        return place(candidates, count, next, c -> rank(c, mostNamed));
    }

    /**
     * The candidates group after group, in their order within a group (a counting sort on the
     * group numbers); fills {@code starts} with where each group begins, and last the count.
     */
    private static Candidate[] grouped(Candidate[] candidates, int count, int[] starts) {
        for (int i = 0; i < count; i++) {
            starts[candidates[i].group + 1]++;
        }
        Candidate[] grouped = place(candidates, count, starts.clone(), c -> c.group);
        for (int g = 1; g < starts.length; g++) {
            starts[g] += starts[g - 1];
        }
        return grouped;
    }

    /**
     * A stable counting sort of the first {@code count} candidates into buckets; {@code next}
     * holds each bucket's size one place further on, and is used up.
     */
    private static Candidate[] place(Candidate[] candidates, int count, int[] next, ToIntFunction<Candidate> bucket) {
        for (int b = 1; b < next.length; b++) {
            next[b] += next[b - 1];
        }
        Candidate[] placed = new Candidate[count];
        for (int i = 0; i < count; i++) {
            Candidate candidate = candidates[i];
            placed[next[bucket.applyAsInt(candidate)]++] = candidate;
        }
        return placed;
    }

    /**
     * For moves not listed in id order: in each group, the moves of one rank (as general, same
     * sides) put in id order, which makes each group {@link #GENERAL_FIRST}, as a full sort would.
     */
    private static void sortTiesById(Candidate[] moves, int[] starts) {
        for (int g = 0; g + 1 < starts.length; g++) {
            int end = starts[g + 1];
            int to;
            for (int from = starts[g]; from < end; from = to) {
                to = from + 1;
                while (to < end && GENERAL_FIRST_BEFORE_ID.compare(moves[from], moves[to]) == 0) {
                    to++;
                }
                if (to - from > 1) {
                    Arrays.sort(moves, from, to, BY_ID);
                }
            }
        }
    }

    /** General first: more targets named, then bilateral, alternating, per side. */
    private static int rank(Candidate candidate, int mostNamed) {
        return (mostNamed - candidate.named) * SIDES + candidate.side;
    }

    /** A builder with the standard doses (the article's, else 30 s each side or 1 min). */
    public WarmUpBuilder(Collection<Exercise> catalog) {
        this(catalog, WarmUpDoses.standard());
    }

    /**
     * The areas a session's main phase loads: the area of every primary target of its main-phase
     * exercises whose kind loads muscles ({@link ExerciseKind#loads()}: not stretches, mobility or
     * nerve glides), coarse as the rules reason ({@code soleus} loads the {@code calves}).
     * Exercises the lookup lacks are skipped.
     */
    public static Set<Target> areasLoadedBy(Session session, ExerciseLookup exercises) {
        Checks.required("session", session);
        Checks.required("exercises", exercises);
        Set<Target> areas = EnumSet.noneOf(Target.class);
        for (Phase phase : session.phases(PhaseKind.MAIN)) {
            for (ExerciseStep step : phase.exerciseSteps()) {
                exercises
                        .find(step.exercise())
                        .filter(e -> e.kind().loads())
                        .ifPresent(e -> e.primary().forEach(t -> areas.add(t.area())));
            }
        }
        return areas;
    }

    /** A warm-up for these areas within the budget. */
    public WarmUpPlan build(Set<Target> areas, Budget budget) {
        Checks.required("areas", areas);
        Checks.required("budget", budget);
        long requested = mask(areas);
        Picks picks = new Picks(budget, requested, within(areas));
        // First every area a move works as primary, then what only secondary targets reach.
        picks.cover(requested & primaryCoverable, true);
        picks.cover(requested & coverable & ~picks.covered, false);
        if (picks.total.compareTo(budget.minimum()) < 0 && requested != 0) {
            picks.fill();
        }
        List<Candidate> chosen = new ArrayList<>(picks.chosen);
        chosen.sort(GENERAL_FIRST);
        List<ExerciseStep> steps = new ArrayList<>();
        for (Candidate candidate : chosen) {
            steps.add(candidate.step());
        }
        long covered = picks.covered & requested;
        Duration shortfall = budget.minimum().minus(picks.total);
        return new WarmUpPlan(
                steps,
                picks.total,
                targets(requested),
                targets(covered),
                targets(requested & ~covered),
                targets(requested & ~coverable),
                shortfall.isNegative() ? Duration.ZERO : shortfall);
    }

    /** The moves picked so far for one build, and what they cover and cost. */
    private final class Picks {
        private final Budget budget;
        private final long requested;
        private final long within;
        private final List<Candidate> chosen = new ArrayList<>();
        private final Set<ExerciseId> ids = new HashSet<>();
        private final Set<String> names = new HashSet<>();
        private Duration total = Duration.ZERO;
        private long covered;

        Picks(Budget budget, long requested, long within) {
            this.budget = budget;
            this.requested = requested;
            this.within = within;
        }

        /** Greedy cover of {@code uncovered}, counting each move's primary areas or all its areas. */
        void cover(long uncovered, boolean primary) {
            while (uncovered != 0) {
                Candidate pick = null;
                Duration left = budget.maximum().minus(total);
                for (int g = 0; g + 1 < starts.length; g++) {
                    // What a group's moves share (areas, length) is checked on any of them, and
                    // decides most comparisons: a free move is looked for only in a group that
                    // can still win.
                    Candidate shape = moves[starts[g]];
                    if ((shape.reach(primary) & uncovered) == 0 || shape.length.compareTo(left) > 0) {
                        continue;
                    }
                    int byShape = pick == null ? -1 : compareShapes(shape, pick, uncovered, primary, within);
                    if (byShape > 0) {
                        continue;
                    }
                    Candidate candidate = firstFree(g);
                    if (candidate != null && (byShape < 0 || beforeInTies(candidate, pick))) {
                        pick = candidate;
                    }
                }
                if (pick == null) {
                    return;
                }
                take(pick);
                uncovered &= ~pick.reach(primary);
            }
        }

        /** More moves for the requested areas until the minimum, most direct first. */
        void fill() {
            // The minimum is usually reached within the first few groups: a heap hands them out
            // most direct first without sorting all of them (a total order, so the same as a sort).
            // Each group stands in the heap as its first move.
            Queue<Candidate> relevant =
                    new PriorityQueue<>(directFirst(requested, within).thenComparing(GROUP_ORDER));
            for (int g = 0; g + 1 < starts.length; g++) {
                if ((moves[starts[g]].mask & requested) != 0) {
                    relevant.add(moves[starts[g]]);
                }
            }
            for (Candidate first = relevant.poll(); first != null; first = relevant.poll()) {
                for (int i = starts[first.group]; i < starts[first.group + 1]; i++) {
                    Candidate candidate = moves[i];
                    if (total.compareTo(budget.minimum()) >= 0) {
                        return;
                    }
                    if (free(candidate) && total.plus(candidate.length).compareTo(budget.maximum()) <= 0) {
                        take(candidate);
                    }
                }
            }
        }

        private Candidate firstFree(int group) {
            for (int i = starts[group]; i < starts[group + 1]; i++) {
                if (free(moves[i])) {
                    return moves[i];
                }
            }
            return null;
        }

        private boolean free(Candidate candidate) {
            return !ids.contains(candidate.exercise.id()) && !names.contains(candidate.nameKey());
        }

        private void take(Candidate pick) {
            chosen.add(pick);
            ids.add(pick.exercise.id());
            names.add(pick.nameKey());
            total = total.plus(pick.length);
            covered |= pick.mask;
        }
    }

    /**
     * The cover's ranking, on what a group's moves share (negative: {@code a} is better): more new
     * areas, then fewer areas outside the request ({@code within}: the requested targets, their
     * parts and their areas), then shorter. Ties go to {@link #beforeInTies}.
     */
    private static int compareShapes(Candidate a, Candidate b, long uncovered, boolean primary, long within) {
        int gainA = Long.bitCount(a.reach(primary) & uncovered);
        int gainB = Long.bitCount(b.reach(primary) & uncovered);
        if (gainA != gainB) {
            return gainA > gainB ? -1 : 1;
        }
        int outside = Integer.compare(Long.bitCount(a.mask & ~within), Long.bitCount(b.mask & ~within));
        return outside != 0 ? outside : a.length.compareTo(b.length);
    }

    /** Among moves of equal rank: bilateral, then alternating, then per side, then the smaller id. */
    private static boolean beforeInTies(Candidate a, Candidate b) {
        return a.side != b.side ? a.side < b.side : a.exercise.id().compareTo(b.exercise.id()) < 0;
    }

    /**
     * How directly a move works the requested areas, most direct first: it works one of them as
     * a primary target; more of them as primary; fewer areas outside the request ({@code within});
     * more of them as secondary; shorter. A finer primary target of a requested area is as direct
     * as the area itself: its bits include the area ({@link #reach}).
     */
    private static Comparator<Candidate> directFirst(long requested, long within) {
        return Comparator.comparing((Candidate c) -> (c.primary & requested) == 0)
                .thenComparingInt(c -> -Long.bitCount(c.primary & requested))
                .thenComparingInt(c -> Long.bitCount(c.mask & ~within))
                .thenComparingInt(c -> -Long.bitCount(c.mask & ~c.primary & requested))
                .thenComparing(c -> c.length);
    }

    /** Names compare as people read them: case, spaces and punctuation aside ("Jumping Jack HD", "jumping-jack  hd"). */
    private static String nameKey(String name) {
        // ASCII names (most) take the same steps on chars: letters and digits are [A-Za-z0-9].
        char[] key = new char[name.length()];
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return anyNameKey(name);
            }
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && length > 0) {
                    key[length++] = ' ';
                }
                gap = false;
                key[length++] = upper ? (char) (c + ('a' - 'A')) : c;
            } else {
                gap = true;
            }
        }
        return new String(key, 0, length);
    }

    private static String anyNameKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.appendCodePoint(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return key.toString();
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

    /**
     * The bits a move reaches: each target it names and that target's area, so a front-delts move
     * covers a request for the shoulders (but a shoulders move does not cover a request for the
     * front delts: it may not work them).
     */
    private static long reach(List<Target> targets) {
        long mask = 0;
        for (int i = 0; i < targets.size(); i++) { // by index: the index reads 10,000s of them
            Target target = targets.get(i);
            mask |= 1L << target.ordinal();
            mask |= 1L << target.area().ordinal();
        }
        return mask;
    }

    /**
     * What counts as inside a request when ranking how direct a move is: the requested targets,
     * the finer parts of requested areas and the areas of requested finer targets.
     */
    private static long within(Set<Target> areas) {
        long mask = 0;
        for (Target target : areas) {
            mask |= 1L << target.ordinal();
            mask |= 1L << target.area().ordinal();
            for (Target part : target.parts()) {
                mask |= 1L << part.ordinal();
            }
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

    /**
     * A warm-up move: its primary areas and all its areas as bits, the step it would get, how
     * long that lasts, and its name as compared for repeats.
     */
    private static final class Candidate {
        final Exercise exercise;
        /** Its group's number: moves with the same areas and length are interchangeable. */
        final int group;

        final long primary;
        final long mask;
        /** How many targets it names (primary and secondary): more is more general. */
        final int named;

        /** Bilateral 0, alternating 1, per side 2. */
        final int side;

        final Duration length;
        private final Prescription dose;
        /** The article's step, or null for a standard dose. */
        private final ExerciseStep article;
        /**
         * Made when a build first compares it for repeats, not while indexing: a build looks at
         * few of the 10,000s. A race makes the same string twice, which is harmless (a String is
         * safely published, as String's own hash cache is).
         */
        private String nameKey;

        Candidate(
                Exercise exercise,
                int group,
                long primary,
                long mask,
                int named,
                Duration length,
                Prescription dose,
                ExerciseStep article) {
            this.exercise = exercise;
            this.group = group;
            this.primary = primary;
            this.mask = mask;
            this.named = named;
            this.side = lateralityRank(exercise.laterality());
            this.length = length;
            this.dose = dose;
            this.article = article;
        }

        ExerciseStep step() {
            return article != null ? article : ExerciseStep.of(exercise, dose);
        }

        long reach(boolean primaryOnly) {
            return primaryOnly ? primary : mask;
        }

        String nameKey() {
            String key = nameKey;
            if (key == null) {
                key = WarmUpBuilder.nameKey(exercise.name());
                nameKey = key;
            }
            return key;
        }
    }
}
