package dev.limber.formats.document;

import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What free-exercise-db's words say that its fields do not: which of its {@code stretching}
 * entries are foam rolling, moving drills or held stretches, and whether an exercise works both
 * sides at once, one side at a time or the sides in turn. The rules are documented in
 * {@code docs/document-format.md} ("From free-exercise-db"); the laterality rules are measured
 * against a labelled sample of the dataset (FreeExerciseDbLateralityTest).
 */
final class FreeExerciseDbWords {
    /** Foam rolling and other self-myofascial release ({@code Hamstring-SMR}, a rolling pin on the shins). */
    private static final Pattern SOFT_TISSUE =
            Pattern.compile("(?i)\\bSMR\\b|foam roll|\\bmuscle roller\\b|\\bfoot roller\\b|\\brolling pin\\b");
    /** Words of a move done again and again rather than held. */
    private static final Pattern REPEATS =
            Pattern.compile("(?i)\\brepetitions?\\b|\\breps\\b|\\b\\d+\\s*-\\s*\\d+ times\\b"
                    + "|\\bcircles?\\b|\\bcircular\\b|\\bswing(s|ing)?\\b|\\bjump(s|ing)?\\b|\\balternat");
    /** Words of a position held for a while. */
    private static final Pattern HOLDS = Pattern.compile(
            "(?i)\\bhold (it|this position|that position|the stretch|the position|for \\d+)|\\b\\d+\\s*-\\s*\\d+ seconds\\b");
    /** Joints moved round through their range: mobility rather than dynamic work. */
    private static final Pattern JOINT_ROUND = Pattern.compile("(?i)\\bcircles?\\b|\\brotations?\\b");

    private static final Pattern STRETCH = Pattern.compile("(?i)\\bstretch");

    // ---- Laterality. ----

    /** Names that alternate the sides: {@code Alternate Hammer Curl}, a skip, a walking lunge. */
    private static final Pattern NAME_ALTERNATING =
            Pattern.compile("(?i)\\balternat|\\bskip(s|ping)?\\b|\\bwalking lunges?\\b");
    /** Names of one side's work: one arm, single leg, a side bridge, a pistol squat, a windmill. */
    private static final Pattern NAME_ONE_SIDE = Pattern.compile("(?i)\\b(one|single)[- ](arm|leg|hand|foot|side)"
            + "|\\bone[- ]half\\b|\\bside bridge\\b|\\bpistol\\b|\\bunilateral\\b|\\bwindmill\\b");
    /** Names of a stride, one leg in front (lunges, step-ups, split squats): per side unless the words alternate. */
    private static final Pattern NAME_STRIDE =
            Pattern.compile("(?i)\\bstep[- ]?ups?\\b|\\bsplit squats?\\b|\\blunges?\\b");
    /** Alternating between directions, not sides ({@code Alternating Deltoid Raise}: front, then side). */
    private static final Pattern ALTERNATES_DIRECTION =
            Pattern.compile("(?i)\\balternat\\w* (to|between) (the )?(front|side|direction)");
    /** A split stance (one foot forward, one back) is no one-sided work. */
    private static final Pattern SPLIT_STANCE =
            Pattern.compile("(?i)\\bone (foot|leg) (forward|in front)[^.]*\\bone (foot|leg) (back|behind)");
    /** Words of sides taking turns within a set. */
    private static final Pattern TEXT_ALTERNATING =
            Pattern.compile("(?i)\\balternat(e|es|ed|ing)\\b(?!\\s+(a |an |the )?grip)"
                    + "|\\brepeating the \\w+ on the opposite|\\breversing the position of your legs\\b"
                    + "|\\bsimultaneously (lift|raise|press) the (right|left)\\b|\\bpass it to your other hand\\b"
                    + "|\\bgo back and forth\\b|\\bstarting position and repeat (on|with) the (opposite|other) (side|leg|arm)\\b"
                    + "|\\bnow repeat with the opposite leg\\b|\\bmove to the opposite side\\b");
    /** Sides named: a bare "alternate" alternates sides only where the words name them. */
    private static final Pattern SIDES = Pattern.compile(
            "(?i)\\b(left|right|other|opposite)\\b"
                    + "|\\beach (hand|arm|leg|foot|of your)\\b|\\bone (arm|leg|hand|foot|side|knee|elbow|kettlebell|dumbbell)\\b");
    /** Words of one side's work: one arm or leg, switching or repeating on the other side. */
    private static final Pattern TEXT_ONE_SIDE =
            Pattern.compile("(?i)\\b(switch|change|reverse) (sides|legs|arms|hands|knees|feet)\\b"
                    + "|\\b(perform|repeat)[^.]*\\b(with|for|on) the (left|right|other|opposite) (leg|arm|hand|side|foot)\\b"
                    + "|\\brepeat (on|for|with) (the|your) (other|opposite) (side|leg|arm)\\b"
                    + "|\\bthen perform with the (left|right)\\b|\\b(one|single)[- ](arm|leg|hand|foot)\\b(?! at a time)"
                    + "|\\bin one hand\\b|\\bwith one hand\\b|\\baround one (of your )?feet?\\b|\\baround one foot\\b"
                    + "|\\bone leg\\b|\\bone foot\\b|\\bone knee\\b|\\bon your (left|right) side\\b"
                    + "|\\bthe (right|left) (hand|leg|arm|foot) on\\b|\\bwith (the|your) (left|right) hand\\b"
                    + "|\\bon the (left|right) hand\\b|\\byour (left|right) (arm|hand|foot|leg) (over|across|on|in)\\b"
                    + "|\\b(right|left) side to\\b|\\b(opposite|other) side\\b(?! of)|\\bother leg\\b|\\bopposite leg\\b"
                    + "|\\bother arm\\b");

    private FreeExerciseDbWords() {}

    /**
     * Both sides at once, one side at a time, or the sides in turn, from the name and the
     * instructions, first rule that applies:
     * <ol>
     *   <li>bilateral when it alternates directions rather than sides ("alternating to the front
     *       and side");</li>
     *   <li>alternating when the name says so (alternate, skip, walking lunge);</li>
     *   <li>per side when the name is one side's (one arm, single leg, side bridge, pistol);</li>
     *   <li>alternating when the instructions take turns ("continue alternating", "repeat on the
     *       opposite side" straight after the starting position, "reversing the position of your
     *       legs"); a bare "alternate" counts only where the instructions name a side;</li>
     *   <li>per side for a stride (lunge, step-up, split squat), or when the instructions speak of
     *       one arm or leg, switching sides or the other side (a split stance aside);</li>
     *   <li>else bilateral.</li>
     * </ol>
     */
    static Laterality laterality(String name, List<String> instructions) {
        String text = SPLIT_STANCE.matcher(String.join(" ", instructions)).replaceAll("split stance");
        if (ALTERNATES_DIRECTION.matcher(text).find()) {
            return Laterality.BILATERAL;
        }
        if (NAME_ALTERNATING.matcher(name).find()) {
            return Laterality.ALTERNATING;
        }
        if (NAME_ONE_SIDE.matcher(name).find()) {
            return Laterality.PER_SIDE;
        }
        Matcher turns = TEXT_ALTERNATING.matcher(text);
        if (turns.find()
                && (!turns.group().toLowerCase(Locale.ROOT).startsWith("alternat")
                        || SIDES.matcher(text).find())) {
            return Laterality.ALTERNATING;
        }
        if (NAME_STRIDE.matcher(name).find() || TEXT_ONE_SIDE.matcher(text).find()) {
            return Laterality.PER_SIDE;
        }
        return Laterality.BILATERAL;
    }

    /**
     * The kind of a {@code stretching} entry. Soft-tissue when it is foam rolling ({@code SMR} in
     * its id or name, a foam roll as equipment, a roller or rolling pin in its instructions).
     * Otherwise moving when the dataset's {@code force} is push, pull or missing and the
     * instructions repeat the move (repetitions, circles, swings, jumps, alternating) or, without
     * saying so, neither hold a position nor call it a stretch; and when the force is
     * {@code static} but the instructions repeat the move without holding a position (the
     * dataset's Superman). A moving entry is mobility when its name circles or rotates a joint,
     * else dynamic. Everything else stays a static stretch.
     */
    static ExerciseKind stretchingKind(
            String originalId, String name, String force, String equipment, List<String> instructions) {
        String text = String.join(" ", instructions);
        if (SOFT_TISSUE.matcher(originalId + " " + name).find()
                || equipment.strip().equalsIgnoreCase("foam roll")
                || SOFT_TISSUE.matcher(text).find()) {
            return ExerciseKind.SOFT_TISSUE;
        }
        boolean repeats = REPEATS.matcher(text).find();
        boolean holds = HOLDS.matcher(text).find();
        boolean moving = "static".equalsIgnoreCase(force == null ? "" : force.strip())
                ? repeats && !holds
                : repeats || (!holds && !STRETCH.matcher(name).find());
        if (!moving) {
            return ExerciseKind.STATIC_STRETCH;
        }
        return JOINT_ROUND.matcher(name).find() ? ExerciseKind.MOBILITY : ExerciseKind.DYNAMIC;
    }
}
