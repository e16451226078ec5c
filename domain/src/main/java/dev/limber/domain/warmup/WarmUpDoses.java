package dev.limber.domain.warmup;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Prescription;
import java.time.Duration;

/**
 * The dose the builder gives each move it picks: by default the article's shape, 30 s each side
 * for one-sided moves and 1 min for the rest, so every move costs a minute.
 *
 * @param eachSide for per-side exercises, the time on each side
 * @param other    for bilateral and alternating exercises, the time in all
 */
public record WarmUpDoses(Duration eachSide, Duration other) {
    public WarmUpDoses {
        Checks.positive("eachSide", eachSide);
        Checks.positive("other", other);
    }

    public static WarmUpDoses standard() {
        return new WarmUpDoses(Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    /** The dose for this exercise, marked as the catalog's choice rather than the article's. */
    public Prescription of(Exercise exercise) {
        return exercise.laterality() == Laterality.PER_SIDE
                ? Prescription.timed(eachSide).eachSide().catalogChoice()
                : Prescription.timed(other).catalogChoice();
    }

    /** How long that dose lasts. */
    public Duration length(Exercise exercise) {
        return exercise.laterality() == Laterality.PER_SIDE ? eachSide.multipliedBy(2) : other;
    }
}
