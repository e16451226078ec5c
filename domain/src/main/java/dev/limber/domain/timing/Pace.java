package dev.limber.domain.timing;

import dev.limber.domain.guard.Checks;
import java.time.Duration;

/**
 * How long one repetition is taken to last when a step is counted in reps and gives no hold.
 * Estimates say which pace they used, so a 3 s default never hides inside a total.
 */
public record Pace(Duration perRep) {
    /** Three seconds a rep: a controlled bodyweight tempo. */
    public static final Pace DEFAULT = new Pace(Duration.ofSeconds(3));

    public Pace {
        Checks.positive("pace.perRep", perRep);
    }

    public static Pace secondsPerRep(long seconds) {
        return new Pace(Duration.ofSeconds(seconds));
    }
}
