package dev.limber.domain.timeline;

import dev.limber.domain.Limits;
import dev.limber.domain.guard.Checks;
import java.time.Duration;

/**
 * Pauses a guided timer adds on top of the prescribed work and rest. With both zero a timeline
 * lasts exactly what {@code Timing} computes.
 *
 * @param switchSides pause between the left and the right side of a per-side set, or zero
 * @param getReady    countdown before the first exercise, or zero
 */
public record TimelineOptions(Duration switchSides, Duration getReady) {
    public TimelineOptions {
        Checks.atMost("switchSides", Checks.notNegative("switchSides", switchSides), Limits.TIMER_PAUSE);
        Checks.atMost("getReady", Checks.notNegative("getReady", getReady), Limits.TIMER_PAUSE);
    }

    /** No extra pauses: the timeline lasts what the doses say. */
    public static TimelineOptions none() {
        return new TimelineOptions(Duration.ZERO, Duration.ZERO);
    }

    /** A guided timer's usual pauses: 5 s to switch sides, a 10 s get-ready countdown. */
    public static TimelineOptions guided() {
        return new TimelineOptions(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    public TimelineOptions withSwitchSides(Duration pause) {
        return new TimelineOptions(pause, getReady);
    }

    public TimelineOptions withGetReady(Duration countdown) {
        return new TimelineOptions(switchSides, countdown);
    }
}
