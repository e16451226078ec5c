package dev.limber.domain.timeline;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.timing.Timing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session flattened into consecutive segments an app can run as a guided timer: each segment
 * starts where the previous one ends. Sets run one after the other with their rests between;
 * per-side sets run left then right (with the optional switch pause); circuits unroll round by
 * round with their rest between rounds.
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

    /** Flattens a session, timing counted reps with {@code timing}'s pace. */
    public static Timeline of(Session session, Timing timing, TimelineOptions options) {
        Checks.required("session", session);
        Checks.required("timing", timing);
        Checks.required("options", options);
        return new Flattener(timing, options).flatten(session);
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

    /** Walks the session once, appending segments at a running offset. */
    private static final class Flattener {
        private final Timing timing;
        private final TimelineOptions options;
        private final List<Segment> segments = new ArrayList<>();
        private Duration at = Duration.ZERO;

        Flattener(Timing timing, TimelineOptions options) {
            this.timing = timing;
            this.options = options;
        }

        Timeline flatten(Session session) {
            append(
                    options.getReady(),
                    SegmentKind.GET_READY,
                    session.phases().get(0).kind(),
                    null,
                    null,
                    null,
                    0,
                    0,
                    null);
            for (Phase phase : session.phases()) {
                for (int s = 0; s < phase.steps().size(); s++) {
                    Step step = phase.steps().get(s);
                    if (step instanceof Circuit circuit) {
                        circuit(phase.kind(), s, circuit);
                    } else {
                        exercise(phase.kind(), s, (ExerciseStep) step, 0);
                    }
                }
            }
            return new Timeline(session.name(), segments);
        }

        private void circuit(PhaseKind phase, int index, Circuit circuit) {
            for (int round = 1; round <= circuit.rounds(); round++) {
                for (ExerciseStep step : circuit.steps()) {
                    exercise(phase, index, step, round);
                }
                if (round < circuit.rounds()) {
                    append(circuit.restBetweenRounds(), SegmentKind.REST, phase, index, null, null, 0, round, null);
                }
            }
        }

        private void exercise(PhaseKind phase, int index, ExerciseStep step, int round) {
            Prescription dose = step.prescription();
            Duration work = timing.setWork(dose);
            Integer reps = dose.dose() instanceof Dose.Reps counted ? counted.count() : null;
            for (int set = 1; set <= dose.sets(); set++) {
                if (dose.perSide()) {
                    append(work, SegmentKind.EXERCISE, phase, index, step, Side.LEFT, set, round, reps);
                    append(
                            options.switchSides(),
                            SegmentKind.SWITCH_SIDES,
                            phase,
                            index,
                            step,
                            Side.RIGHT,
                            set,
                            round,
                            null);
                    append(work, SegmentKind.EXERCISE, phase, index, step, Side.RIGHT, set, round, reps);
                } else {
                    append(work, SegmentKind.EXERCISE, phase, index, step, null, set, round, reps);
                }
                if (set < dose.sets()) {
                    append(dose.rest(), SegmentKind.REST, phase, index, step, null, set, round, null);
                }
            }
        }

        /** Zero-length pauses (no rest, no switch pause) leave no segment. */
        private void append(
                Duration length,
                SegmentKind kind,
                PhaseKind phase,
                Integer index,
                ExerciseStep step,
                Side side,
                int set,
                int round,
                Integer reps) {
            if (length.isZero()) {
                return;
            }
            Duration end = at.plus(length);
            segments.add(new Segment(
                    at, end, kind, phase, index, step == null ? null : step.exercise(), side, set, round, reps));
            at = end;
        }
    }
}
