package dev.limber.domain.rules;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code warm-up-coverage} (warning): an area the warm-up should reach and does not. The warm-up
 * must reach every primary target of the main phase's loading steps and, when the main phase
 * loads the lower body, the article's leg-day areas ({@link #DEFAULT_LEG_DAY_AREAS}: hamstrings,
 * glutes, hips and lower back; configurable). Only moving work reaches an area (as primary or
 * secondary target): dynamic, mobility, plyometric and cardio moves, and activation such as glute
 * bridges; static holds and nerve glides never do. The rule reasons with areas: a loaded finer
 * target (soleus) needs its area (calves) warmed, and a move for a finer target (front delts)
 * warms its area (shoulders). One finding per session names every missing
 * area, why it is needed, and built-in warm-up moves that reach it. Sessions without a warm-up
 * are left to {@code warm-up-missing}.
 */
public final class WarmUpCoverageRule implements Rule {
    public static final String ID = "warm-up-coverage";

    /** "Choose movements that warm up your hamstrings, glutes, and hips"; hip circles loosen the lower back. */
    public static final Set<Target> DEFAULT_LEG_DAY_AREAS =
            Collections.unmodifiableSet(EnumSet.of(Target.HAMSTRINGS, Target.GLUTES, Target.HIPS, Target.LOWER_BACK));

    /** The article's order of its areas, which messages follow; other areas come after, as declared. */
    private static final List<Target> ARTICLE_ORDER =
            List.of(Target.HAMSTRINGS, Target.GLUTES, Target.HIPS, Target.LOWER_BACK);

    private static final Comparator<Target> READING_ORDER = Comparator.comparingInt(
                    (Target t) -> ARTICLE_ORDER.contains(t) ? ARTICLE_ORDER.indexOf(t) : ARTICLE_ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    /** At most this many moves are suggested per area. */
    private static final int SUGGESTIONS = 3;

    private final List<Target> legDayAreas;

    /** The article's leg-day areas. */
    public WarmUpCoverageRule() {
        this(DEFAULT_LEG_DAY_AREAS);
    }

    /**
     * @param legDayAreas the areas the warm-up must reach whenever the main phase loads the lower
     *                    body (empty: only the main phase's own targets)
     */
    public WarmUpCoverageRule(Set<Target> legDayAreas) {
        Checks.required("legDayAreas", legDayAreas);
        this.legDayAreas = legDayAreas.stream().sorted(READING_ORDER).toList();
    }

    /** The areas every leg day's warm-up must reach, in the article's order. */
    public Set<Target> legDayAreas() {
        return legDayAreas.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(legDayAreas));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String rationale() {
        // Worded once per rule, not per finding: the rule is immutable, so its rationale is too.
        String english = rationale;
        if (english == null) {
            english = FindingText.english(rationaleText());
            rationale = english;
        }
        return english;
    }

    private String rationale;

    @Override
    public Phrase rationaleText() {
        return legDayAreas.isEmpty()
                ? Phrase.of(ID + ".rationale.no-leg-day-areas")
                : Phrase.of(ID + ".rationale", "legDayAreas", legDayAreas);
    }

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Session session : program.sessions()) {
            if (session.phase(PhaseKind.WARM_UP).isEmpty()) {
                continue;
            }
            Set<Target> warmed = EnumSet.noneOf(Target.class);
            Map<Target, Set<String>> needed = new TreeMap<>(READING_ORDER);
            int warmUpIndex = -1;
            for (PlacedStep placed : PlacedStep.in(session)) {
                Optional<Exercise> exercise = context.exercise(placed.step().exercise());
                if (placed.phase().kind() == PhaseKind.WARM_UP) {
                    warmUpIndex = warmUpIndex < 0 ? placed.phaseIndex() : warmUpIndex;
                    // A move warms what it names and the areas those are part of (front delts: shoulders).
                    if (exercise.isPresent() && Loading.moves(exercise.get())) {
                        warm(exercise.get().primary(), warmed);
                        warm(exercise.get().secondary(), warmed);
                    }
                } else if (Loading.loads(placed, exercise)) {
                    for (Target target : Loading.areas(exercise.get().primary())) {
                        needed.computeIfAbsent(target, t -> new TreeSet<>())
                                .add(exercise.get().id().value());
                    }
                }
            }
            if (warmUpIndex < 0) {
                // Only empty-step phases can leave no index; Phase refuses those, but stay safe.
                warmUpIndex = session.phases()
                        .indexOf(session.phase(PhaseKind.WARM_UP).get());
            }
            List<Target> legDay = new ArrayList<>();
            if (Loading.mainLoads(session, context, Target.LOWER_BODY)) {
                legDay.addAll(legDayAreas);
            }
            needed.keySet().removeAll(warmed);
            legDay.removeAll(warmed);
            legDay.removeAll(needed.keySet());
            if (!needed.isEmpty() || !legDay.isEmpty()) {
                List<Phrase> parts = new ArrayList<>();
                List<Target> missing = new ArrayList<>();
                needed.forEach((target, by) -> {
                    parts.add(Phrase.of(
                            ID + ".loaded-area",
                            "target",
                            target,
                            "loadedBy",
                            Phrase.series(Phrase.Series.COMMAS, List.copyOf(by))));
                    missing.add(target);
                });
                if (!legDay.isEmpty()) {
                    parts.add(Phrase.of(
                            ID + (legDay.size() == 1 ? ".leg-day-area" : ".leg-day-areas"), "targets", legDay));
                    missing.addAll(legDay);
                }
                List<Phrase> moves = new ArrayList<>();
                for (Target target : missing) {
                    List<String> reach = suggestions(target);
                    if (!reach.isEmpty()) {
                        moves.add(Phrase.of(
                                ID + ".moves-for", "moves", Phrase.series(Phrase.Series.OR, reach), "target", target));
                    }
                }
                Phrase unreached = Phrase.series(Phrase.Series.COMMAS, parts);
                findings.add(Finding.of(
                        this,
                        Location.phase(session.name(), warmUpIndex, PhaseKind.WARM_UP),
                        moves.isEmpty()
                                ? Phrase.of(ID + ".not-reached", "unreached", unreached)
                                : Phrase.of(
                                        ID + ".not-reached-add",
                                        "unreached",
                                        unreached,
                                        "moves",
                                        Phrase.series(Phrase.Series.SEMICOLONS, moves))));
            }
        }
        return findings;
    }

    private static void warm(List<Target> targets, Set<Target> warmed) {
        for (int i = 0; i < targets.size(); i++) {
            warmed.add(targets.get(i));
            warmed.add(targets.get(i).area());
        }
    }

    /**
     * Built-in warm-up moves (dynamic or mobility) that reach the area, primary ones first. The
     * built-in catalog never changes, so each area's list is worked out once, not per finding.
     */
    private static List<String> suggestions(Target area) {
        return Suggestions.BY_AREA.get(area);
    }

    /** Every target's suggestions, made when a finding first asks (the holder idiom). */
    private static final class Suggestions {
        static final Map<Target, List<String>> BY_AREA = byArea();

        private static Map<Target, List<String>> byArea() {
            Map<Target, List<String>> byArea = new EnumMap<>(Target.class);
            for (Target area : Target.values()) {
                byArea.put(area, List.copyOf(reaching(area)));
            }
            return byArea;
        }
    }

    private static List<String> reaching(Target area) {
        List<String> primary = new ArrayList<>();
        List<String> secondary = new ArrayList<>();
        for (Exercise exercise : BuiltInCatalog.catalog().exercises()) {
            if (!exercise.kind().warmsUp()) {
                continue;
            }
            if (anyPartOf(exercise.primary(), area)) {
                primary.add(exercise.id().value());
            } else if (anyPartOf(exercise.secondary(), area)) {
                secondary.add(exercise.id().value());
            }
        }
        primary.addAll(secondary);
        return primary.subList(0, Math.min(SUGGESTIONS, primary.size()));
    }

    private static boolean anyPartOf(List<Target> targets, Target area) {
        for (Target target : targets) {
            if (target.isPartOf(area)) {
                return true;
            }
        }
        return false;
    }
}
