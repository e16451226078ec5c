package dev.limber.domain.exercise;

import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;

/**
 * Where an exercise came from and under which licence, kept so that imported data keeps its
 * attribution.
 *
 * @param origin     who or what it came from, e.g. {@code free-exercise-db (yuhonas)}
 * @param originalId the id it had there, or {@code null} when it had none
 * @param license    the licence it came under, e.g. {@code The Unlicense}
 */
public record Source(String origin, String originalId, String license) {
    public Source {
        origin = Checks.line(ModelField.SOURCE_ORIGIN, origin, Limits.SOURCE_TEXT);
        license = Checks.line(ModelField.SOURCE_LICENSE, license, Limits.SOURCE_TEXT);
        originalId = Checks.lineOrNull(ModelField.SOURCE_ORIGINAL_ID, originalId, Limits.SOURCE_TEXT);
    }

    /** Limber's own built-in catalog, written from the leg-day article. */
    public static final Source BUILT_IN = new Source("Limber built-in catalog", null, "Apache-2.0");
}
