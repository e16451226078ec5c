package dev.limber.domain.timeline;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.PhaseKind;
import java.time.Duration;
import java.util.Optional;

/**
 * One stretch of a guided timer, from {@code start} to {@code end} measured from the session's
 * beginning.
 *
 * @param start    offset where it begins
 * @param end      offset where it ends, after {@code start}
 * @param kind     exercise, rest, switch-sides or get-ready
 * @param phase    the phase it belongs to (get-ready: the first phase)
 * @param step     the step's position in its phase, or {@code null} for get-ready
 * @param exercise the exercise worked, switched or rested after; {@code null} for get-ready and
 *                 rests between circuit rounds
 * @param side     left or right for one side's work and the switch to it, {@link Side#ALTERNATE}
 *                 for an alternating exercise's work, else {@code null}
 * @param set      the set (from 1) this work or rest belongs to, 0 when none
 * @param round    the circuit round (from 1), 0 outside circuits
 * @param reps     reps to do in this segment when the dose is counted (both sides together when
 *                 they alternate), else {@code null}
 * @param label    what a guided timer announces, as a sentence: {@code Rest 2 min before set 2 of
 *                 Back Squat}
 * @param rampUp   whether it belongs to the ramp-up sets before a lift's first working set (the
 *                 set, its rest after it); {@code set} then counts the ramp-up sets from 1
 */
public record Segment(
        Duration start,
        Duration end,
        SegmentKind kind,
        PhaseKind phase,
        Integer step,
        ExerciseId exercise,
        Side side,
        int set,
        int round,
        Integer reps,
        String label,
        boolean rampUp) {

    public Segment {
        Checks.notNegative("start", start);
        Checks.required("end", end);
        if (end.compareTo(start) <= 0) {
            throw new InvalidValueException("end", end, "must be after the start " + start);
        }
        Checks.required("kind", kind);
        Checks.required("phase", phase);
        if (kind == SegmentKind.EXERCISE && exercise == null) {
            throw new InvalidValueException("exercise", null, "is required for an exercise segment");
        }
        Checks.notBlank("label", label);
    }

    /** A segment outside any ramp-up. */
    public Segment(
            Duration start,
            Duration end,
            SegmentKind kind,
            PhaseKind phase,
            Integer step,
            ExerciseId exercise,
            Side side,
            int set,
            int round,
            Integer reps,
            String label) {
        this(start, end, kind, phase, step, exercise, side, set, round, reps, label, false);
    }

    public Duration duration() {
        return end.minus(start);
    }

    public Optional<ExerciseId> exerciseId() {
        return Optional.ofNullable(exercise);
    }

    public Optional<Side> sideWorked() {
        return Optional.ofNullable(side);
    }

    public boolean isWork() {
        return kind == SegmentKind.EXERCISE;
    }
}
