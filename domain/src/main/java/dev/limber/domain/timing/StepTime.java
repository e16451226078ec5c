package dev.limber.domain.timing;

import java.time.Duration;

/**
 * The computed length of a step and how it was reached, e.g.
 * {@code 30 s × 2 sides = 1 min}.
 *
 * @param total       the length
 * @param explanation the arithmetic in words
 * @param estimated   whether reps were turned into time with a pace
 */
public record StepTime(Duration total, String explanation, boolean estimated) {}
