package dev.limber.domain.timeline;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.NerveGlides;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.RampUpSets;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.timing.Durations;
import dev.limber.domain.timing.Timing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session flattened into consecutive segments an app can run as a guided timer: each segment
 * starts where the previous one ends, and says what to do in a sentence. Sets run one after the
 * other with their rests between; per-side sets run left then right (with the optional switch
 * pause), a per-side exercise with a dose for both sides together switches halfway, an alternating
 * exercise alternates within one segment; circuits unroll round by round with their rest between
 * rounds.
 *
 * @param session  the session's name
 * @param segments the segments, in order and contiguous from zero
 */
public record Timeline(String session, List<Segment> segments) {
    public Timeline {
        Checks.notBlank("session", session);
        segments = Checks.list("segments", segments);
        Duration at = Duration.ZERO;
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).start().equals(at)) {
                throw new InvalidValueException(
                        "segments[" + i + "].start",
                        segments.get(i).start(),
                        "must equal the previous segment's end " + at);
            }
            at = segments.get(i).end();
        }
    }

    /**
     * Flattens a session, timing counted reps with {@code timing}'s pace; {@code exercises} gives
     * each exercise's name (for the labels) and laterality (how its sides run). An exercise the
     * lookup lacks is named by its id and runs as its dose says.
     */
    public static Timeline of(Session session, Timing timing, TimelineOptions options, ExerciseLookup exercises) {
        Checks.required("session", session);
        Checks.required("timing", timing);
        Checks.required("options", options);
        Checks.required("exercises", exercises);
        List<ExerciseId> ids =
                session.exerciseSteps().stream().map(ExerciseStep::exercise).toList();
        return new Flattener(timing, options, exercises.prefetch(ids).cached()).flatten(session);
    }

    /** When the last segment ends. */
    public Duration total() {
        return segments.isEmpty()
                ? Duration.ZERO
                : segments.get(segments.size() - 1).end();
    }

    /** The exercise segments alone. */
    public List<Segment> work() {
        return segments.stream().filter(Segment::isWork).toList();
    }

    /** The segment running at an offset, if any (a segment holds its start, not its end). */
    public Optional<Segment> at(Duration offset) {
        for (Segment segment : segments) {
            if (offset.compareTo(segment.start()) >= 0 && offset.compareTo(segment.end()) < 0) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }

    /** Where a segment belongs: its phase, the step's index there, the step, set and round. */
    private record Place(PhaseKind phase, Integer index, ExerciseStep step, int set, int round, boolean rampUp) {
        Place(PhaseKind phase, Integer index, ExerciseStep step, int set, int round) {
            this(phase, index, step, set, round, false);
        }
    }

    /**
     * Walks the session once, appending segments at a running offset. How an exercise's sides run
     * follows its laterality and its dose: an alternating exercise alternates within one segment;
     * a per-side dose runs left, a switch, then right; a per-side exercise with a dose "in all"
     * (the article's glute kickbacks: one minute, switch legs halfway) switches at the half.
     */
    private static final class Flattener {
        private final Timing timing;
        private final TimelineOptions options;
        private final ExerciseLookup exercises;
        private final List<Segment> segments = new ArrayList<>();
        private Duration at = Duration.ZERO;

        Flattener(Timing timing, TimelineOptions options, ExerciseLookup exercises) {
            this.timing = timing;
            this.options = options;
            this.exercises = exercises;
        }

        Timeline flatten(Session session) {
            List<ExerciseStep> steps = session.exerciseSteps();
            String first = steps.isEmpty() ? "" : " for " + name(steps.get(0));
            append(
                    options.getReady(),
                    SegmentKind.GET_READY,
                    new Place(session.phases().get(0).kind(), null, null, 0, 0),
                    null,
                    null,
                    "Get ready" + first);
            for (Phase phase : session.phases()) {
                for (int s = 0; s < phase.steps().size(); s++) {
                    Step step = phase.steps().get(s);
                    if (step instanceof Circuit circuit) {
                        circuit(phase.kind(), s, circuit);
                    } else {
                        exercise(phase.kind(), s, (ExerciseStep) step, null, 0);
                    }
                }
            }
            return new Timeline(session.name(), segments);
        }

        private void circuit(PhaseKind phase, int index, Circuit circuit) {
            for (int round = 1; round <= circuit.rounds(); round++) {
                for (ExerciseStep step : circuit.steps()) {
                    exercise(phase, index, step, circuit, round);
                }
                if (round < circuit.rounds()) {
                    append(
                            circuit.restBetweenRounds(),
                            SegmentKind.REST,
                            new Place(phase, index, null, 0, round),
                            null,
                            null,
                            "Rest " + Durations.human(circuit.restBetweenRounds()) + " before round " + (round + 1)
                                    + " of " + circuit.name());
                }
            }
        }

        private void exercise(PhaseKind phase, int index, ExerciseStep step, Circuit circuit, int round) {
            Prescription dose = step.prescription();
            String name = name(step);
            Laterality laterality =
                    exercises.find(step.exercise()).map(Exercise::laterality).orElse(Laterality.BILATERAL);
            if (circuit == null || round == 1) {
                rampUp(phase, index, step, name);
            }
            for (int set = 1; set <= dose.sets(); set++) {
                Place place = new Place(phase, index, step, set, round);
                String where = where(dose, set, circuit, round);
                if (laterality == Laterality.ALTERNATING) {
                    alternating(place, name, where);
                } else if (dose.perSide()) {
                    Integer reps = reps(dose);
                    Duration work = timing.setWork(dose);
                    sides(place, name, where, work, reps, work, reps, "Switch to the right side for " + name);
                } else if (laterality == Laterality.PER_SIDE && splits(dose)) {
                    halves(place, name, where);
                } else {
                    append(
                            timing.setWork(dose),
                            SegmentKind.EXERCISE,
                            place,
                            null,
                            reps(dose),
                            name + ": " + amount(dose, reps(dose)) + where);
                }
                if (set < dose.sets()) {
                    append(
                            dose.rest(),
                            SegmentKind.REST,
                            place,
                            null,
                            null,
                            "Rest " + Durations.human(dose.rest()) + " before set " + (set + 1) + " of " + name);
                }
            }
        }

        /**
         * The ramp-up sets before the first working set, each followed by its rest; a per-side or
         * alternating lift does each ramp-up set's sides in one segment.
         */
        private void rampUp(PhaseKind phase, int index, ExerciseStep step, String name) {
            Prescription dose = step.prescription();
            List<RampUpSets.RampSet> sets = Timing.rampUpSets(dose);
            for (int i = 0; i < sets.size(); i++) {
                RampUpSets.RampSet set = sets.get(i);
                Place place = new Place(phase, index, step, i + 1, 0, true);
                append(
                        timing.rampUpSet(dose, set).multipliedBy(dose.sides()),
                        SegmentKind.EXERCISE,
                        place,
                        dose.sides() == 2 ? Side.ALTERNATE : null,
                        set.reps() * dose.sides(),
                        name + ", ramp-up set " + (i + 1) + " of " + sets.size() + ": " + set.human()
                                + (dose.sides() == 2 ? " each side" : ""));
                String next = i + 1 < sets.size()
                        ? "ramp-up set " + (i + 2) + " of " + name
                        : "the first working set of " + name;
                append(
                        RampUpSets.REST,
                        SegmentKind.REST,
                        place,
                        null,
                        null,
                        "Rest " + Durations.human(RampUpSets.REST) + " before " + next);
            }
        }

        /** Both sides in turn, one segment: never a left block, a pause and a right block. */
        private void alternating(Place place, String name, String where) {
            Prescription dose = place.step().prescription();
            Integer reps = reps(dose);
            String amount = amount(dose, reps) + (dose.perSide() ? " each side" : "");
            append(
                    timing.setWork(dose).multipliedBy(dose.sides()),
                    SegmentKind.EXERCISE,
                    place,
                    Side.ALTERNATE,
                    reps == null ? null : reps * dose.sides(),
                    name + ", alternating sides: " + amount + where);
        }

        /** A dose for both sides together: the left side does the first half, the right the rest. */
        private void halves(Place place, String name, String where) {
            Prescription dose = place.step().prescription();
            Duration work = timing.setWork(dose);
            Integer reps = reps(dose);
            if (reps != null) {
                Duration rep = work.dividedBy(reps);
                int left = reps - reps / 2;
                sides(
                        place,
                        name,
                        where,
                        rep.multipliedBy(left),
                        left,
                        rep.multipliedBy(reps - left),
                        reps - left,
                        "Halfway: switch to the right side for " + name);
            } else {
                long left = work.getSeconds() - work.getSeconds() / 2;
                sides(
                        place,
                        name,
                        where,
                        Duration.ofSeconds(left),
                        null,
                        work.minusSeconds(left),
                        null,
                        "Halfway: switch to the right side for " + name);
            }
        }

        private void sides(
                Place place,
                String name,
                String where,
                Duration left,
                Integer leftReps,
                Duration right,
                Integer rightReps,
                String switching) {
            Prescription dose = place.step().prescription();
            append(
                    left,
                    SegmentKind.EXERCISE,
                    place,
                    Side.LEFT,
                    leftReps,
                    name + ", left side: " + amount(dose, leftReps, left) + where);
            append(options.switchSides(), SegmentKind.SWITCH_SIDES, place, Side.RIGHT, null, switching);
            append(
                    right,
                    SegmentKind.EXERCISE,
                    place,
                    Side.RIGHT,
                    rightReps,
                    name + ", right side: " + amount(dose, rightReps, right) + where);
        }

        /** Whether a dose for both sides together halves into two whole, non-empty parts. */
        private boolean splits(Prescription dose) {
            Integer reps = reps(dose);
            return reps != null ? reps >= 2 : timing.setWork(dose).getSeconds() >= 2;
        }

        private static Integer reps(Prescription dose) {
            return dose.dose() instanceof Dose.Reps counted ? counted.count() : null;
        }

        /** One side's (or one set's) work in words: {@code 8 reps}, {@code 5 reps, 20 s hold}, {@code 30 s}. */
        private String amount(Prescription dose, Integer reps) {
            return amount(dose, reps, timing.setWork(dose));
        }

        private static String amount(Prescription dose, Integer reps, Duration work) {
            return work(dose, reps, work) + loadAndEffort(dose);
        }

        private static String work(Prescription dose, Integer reps, Duration work) {
            if (dose.dose() instanceof Dose.Distance distance) {
                return distance.human() + " (about " + Durations.human(work) + ")";
            }
            if (reps == null) {
                return Durations.human(work);
            }
            boolean amrap = dose.dose() instanceof Dose.Reps counted && counted.amrap();
            String count =
                    (amrap ? "at least " : "") + reps + (reps == 1 ? " rep" : " reps") + (amrap ? " (AMRAP)" : "");
            return dose.holdEach()
                    .map(hold -> count + ", " + Durations.human(hold) + " hold")
                    .or(() -> dose.tempoOf().map(tempo -> count + ", tempo " + tempo.text()))
                    .orElse(count);
        }

        /** {@code  at 100 kg, RPE 8}: the load in the unit it was written in, and the effort. */
        private static String loadAndEffort(Prescription dose) {
            return dose.loadOf().map(load -> " at " + load.human()).orElse("")
                    + dose.effortOf().map(effort -> ", " + effort.human()).orElse("");
        }

        /** {@code , set 2 of 3}, {@code , round 1 of 3}: where in its sets and rounds a segment is. */
        private static String where(Prescription dose, int set, Circuit circuit, int round) {
            StringBuilder text = new StringBuilder();
            if (dose.sets() > 1) {
                text.append(", set ").append(set).append(" of ").append(dose.sets());
            }
            if (circuit != null) {
                text.append(", round ").append(round).append(" of ").append(circuit.rounds());
            }
            return text.toString();
        }

        private String name(ExerciseStep step) {
            return exercises
                    .find(step.exercise())
                    .map(Exercise::name)
                    .orElse(step.exercise().value());
        }

        /**
         * A nerve glide's segments carry the article's condition for it and its caution, as its
         * findings and card do: a guided timer is where the athlete meets it.
         */
        private String nerveGlideNote(ExerciseStep step) {
            return exercises
                    .find(step.exercise())
                    .filter(exercise -> exercise.kind() == ExerciseKind.NERVE_GLIDE)
                    .map(exercise -> ". " + NerveGlides.cardNote(exercise))
                    .orElse("");
        }

        /** Zero-length pauses (no rest, no switch pause) leave no segment. */
        private void append(Duration length, SegmentKind kind, Place place, Side side, Integer reps, String label) {
            if (length.isZero()) {
                return;
            }
            Duration end = at.plus(length);
            ExerciseStep step = place.step();
            if (kind == SegmentKind.EXERCISE && step != null) {
                label += nerveGlideNote(step);
            }
            segments.add(new Segment(
                    at,
                    end,
                    kind,
                    place.phase(),
                    place.index(),
                    step == null ? null : step.exercise(),
                    side,
                    place.set(),
                    place.round(),
                    reps,
                    label,
                    place.rampUp()));
            at = end;
        }
    }
}
