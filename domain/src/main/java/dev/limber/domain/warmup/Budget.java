package dev.limber.domain.warmup;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.guard.Checks;
import java.time.Duration;

/**
 * How long a warm-up may last: the builder never goes over the maximum and tries to reach the
 * minimum.
 *
 * @param minimum the length to reach if the catalog allows
 * @param maximum the length never to exceed
 */
public record Budget(Duration minimum, Duration maximum) {
    public Budget {
        Checks.positive("minimum", minimum);
        Checks.positive("maximum", maximum);
        if (maximum.compareTo(minimum) < 0) {
            throw new InvalidValueException("maximum", maximum, "must not be below the minimum " + minimum);
        }
    }

    /** The article's 5–10 minutes. */
    public static Budget standard() {
        return new Budget(Duration.ofMinutes(5), Duration.ofMinutes(10));
    }

    public static Budget between(Duration minimum, Duration maximum) {
        return new Budget(minimum, maximum);
    }

    /**
     * Whether this budget lies within the article's 5–10 minutes. Outside it is allowed: the range
     * is the author's habit, not a limit from evidence (FIFA 11+ takes about 20 minutes).
     */
    public boolean withinStandard() {
        Budget standard = standard();
        return minimum.compareTo(standard.minimum) >= 0 && maximum.compareTo(standard.maximum) <= 0;
    }
}
