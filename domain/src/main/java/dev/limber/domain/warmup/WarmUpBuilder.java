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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;

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
 * ({@link WarmUpDoses}), its step written only if it is picked. Building the index is O(n log n),
 * once (close to linear for a catalog listed in id order, as the stores list it); a build is
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
     * Each group of interchangeable candidates (same areas, same length), general first. The groups
     * are in no particular order: the cover's ranking is a total order of the moves, and the fill
     * sorts the groups it uses with {@link #GROUP_ORDER} as the last tie-break.
     */
    private final List<List<Candidate>> groups;

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
        // Most moves share one of two standard prescriptions: each distinct one is timed once.
        Map<Prescription, Duration> lengths = new IdentityHashMap<>();
        // Sized for a group per move, so that it never grows: most groups hold one or two moves.
        Map<Group, List<Candidate>> byGroup = new HashMap<>(Math.max(16, (int) (catalog.size() / 0.75f) + 1));
        for (Exercise exercise : catalog) {
            if (exercise == null || !exercise.kind().warmsUp()) {
                continue;
            }
            // The step itself is written only for the moves a build picks.
            ExerciseStep article = doses.articleStep(exercise);
            Prescription dose =
                    article != null ? article.prescription() : WarmUpDoses.standard(exercise, perSide, both);
            Duration length = lengths.get(dose);
            if (length == null) {
                length = timing.of(article != null ? article : ExerciseStep.of(exercise, dose));
                lengths.put(dose, length);
            }
            long primary = reach(exercise.primary());
            Candidate candidate = new Candidate(
                    exercise,
                    primary,
                    primary | reach(exercise.secondary()),
                    exercise.primary().size() + exercise.secondary().size(),
                    length,
                    dose,
                    article);
            union |= candidate.mask;
            primaryUnion |= candidate.primary;
            byGroup.computeIfAbsent(
                            new Group(candidate.primary, candidate.mask, candidate.length), g -> new ArrayList<>(2))
                    .add(candidate);
        }
        List<List<Candidate>> all = new ArrayList<>(byGroup.size());
        for (List<Candidate> group : byGroup.values()) {
            // A group in id order (stores list their moves in id order) is put general first by a
            // stable sort on the targets named and the sides alone: comparing the ids (long common
            // prefixes) was most of the index's sorting time.
            group.sort(inOrder(group, BY_ID) ? GENERAL_FIRST_BEFORE_ID : GENERAL_FIRST);
            all.add(group);
        }
        this.groups = all;
        this.coverable = union;
        this.primaryCoverable = primaryUnion;
    }

    private static <T> boolean inOrder(List<T> items, Comparator<T> order) {
        for (int i = 1; i < items.size(); i++) {
            if (order.compare(items.get(i - 1), items.get(i)) > 0) {
                return false;
            }
        }
        return true;
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
                for (List<Candidate> group : groups) {
                    // What a group's moves share (areas, length) is checked on any of them, and
                    // decides most comparisons: a free move is looked for only in a group that
                    // can still win.
                    Candidate shape = group.get(0);
                    if ((shape.reach(primary) & uncovered) == 0 || shape.length.compareTo(left) > 0) {
                        continue;
                    }
                    int byShape = pick == null ? -1 : compareShapes(shape, pick, uncovered, primary, within);
                    if (byShape > 0) {
                        continue;
                    }
                    Candidate candidate = firstFree(group);
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
            Queue<List<Candidate>> relevant = new PriorityQueue<>(Comparator.comparing(
                    g -> g.get(0), directFirst(requested, within).thenComparing(GROUP_ORDER)));
            for (List<Candidate> group : groups) {
                if ((group.get(0).mask & requested) != 0) {
                    relevant.add(group);
                }
            }
            for (List<Candidate> group = relevant.poll(); group != null; group = relevant.poll()) {
                for (Candidate candidate : group) {
                    if (total.compareTo(budget.minimum()) >= 0) {
                        return;
                    }
                    if (free(candidate) && total.plus(candidate.length).compareTo(budget.maximum()) <= 0) {
                        take(candidate);
                    }
                }
            }
        }

        private Candidate firstFree(List<Candidate> group) {
            for (Candidate candidate : group) {
                if (free(candidate)) {
                    return candidate;
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
                long primary,
                long mask,
                int named,
                Duration length,
                Prescription dose,
                ExerciseStep article) {
            this.exercise = exercise;
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

    /** Candidates with the same areas and length are interchangeable for the cover. */
    private record Group(long primary, long mask, Duration length) {
        // Areas past the 32nd (the finer targets) fold onto others in Long.hashCode, which piled
        // groups into a few buckets: mix the bits before they are folded.
        @Override
        public int hashCode() {
            long mixed = (primary * 0x9E3779B97F4A7C15L) ^ (mask * 0xC2B2AE3D27D4EB4FL);
            mixed ^= mixed >>> 29;
            return Long.hashCode(mixed) * 31 + length.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Group g && g.primary == primary && g.mask == mask && g.length.equals(length);
        }
    }
}
