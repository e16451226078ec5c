package dev.limber.domain.card;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.timing.Durations;
import java.time.Duration;

/**
 * A time printed on a card, and whether it is an estimate: counted reps without a hold are timed
 * at the pace ({@code Timing}), which a reader must not take for the author's number.
 *
 * @param length    the time
 * @param estimated whether counted reps were turned into time at the pace
 */
public record CardTime(Duration length, boolean estimated) {
    public CardTime {
        Checks.required("length", length);
    }

    /** {@code 5 min 30 s}, or {@code ≈ 27 min 24 s} for an estimate: every rendering's words. */
    public String words() {
        return (estimated ? RoutineCard.ESTIMATE_MARK + " " : "") + Durations.human(length);
    }
}
