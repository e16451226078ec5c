package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * The dose of one step: the work of a set (a time or reps), how many sets with what rest between
 * them, whether it is done per side, and for counted static stretches how long each rep is held.
 * Start from {@link #timed(Duration)} or {@link #reps(int)} and refine:
 * {@code Prescription.timed(Duration.ofSeconds(30)).eachSide()}.
 *
 * @param dose    work of one set (one side when per side)
 * @param sets    number of sets, at least 1
 * @param rest    rest between two sets (not after the last)
 * @param perSide whether each set is done once per side, left then right
 * @param hold    for reps: how long each rep is held; {@code null} to use the pace
 * @param source  who chose this dose
 */
public record Prescription(Dose dose, int sets, Duration rest, boolean perSide, Duration hold, DoseSource source) {

    static final int MAX_SETS = 100;

    public Prescription {
        Checks.required(ModelField.PRESCRIPTION_DOSE, dose);
        if (sets < 1 || sets > MAX_SETS) {
            throw new InvalidValueException(ModelField.PRESCRIPTION_SETS, sets, "must be between 1 and " + MAX_SETS);
        }
        Checks.notNegative(ModelField.PRESCRIPTION_REST, rest);
        Checks.wholeSeconds(ModelField.PRESCRIPTION_REST, rest);
        Checks.atMost(ModelField.PRESCRIPTION_REST, rest, Limits.REST);
        if (hold != null) {
            if (!(dose instanceof Dose.Reps)) {
                throw new InvalidValueException(
                        ModelField.PRESCRIPTION_HOLD,
                        hold,
                        "applies to counted reps only; a timed step's duration is its hold");
            }
            Checks.positive(ModelField.PRESCRIPTION_HOLD, hold);
            Checks.wholeSeconds(ModelField.PRESCRIPTION_HOLD, hold);
            Checks.atMost(ModelField.PRESCRIPTION_HOLD, hold, Limits.HOLD);
        }
        Checks.required(ModelField.PRESCRIPTION_SOURCE, source);
    }

    public static Prescription timed(Duration duration) {
        return new Prescription(new Dose.Timed(duration), 1, Duration.ZERO, false, null, DoseSource.USER);
    }

    public static Prescription seconds(long seconds) {
        return timed(Duration.ofSeconds(seconds));
    }

    public static Prescription reps(int count) {
        return new Prescription(new Dose.Reps(count), 1, Duration.ZERO, false, null, DoseSource.USER);
    }

    public Prescription sets(int count) {
        return new Prescription(dose, count, rest, perSide, hold, source);
    }

    public Prescription rest(Duration between) {
        return new Prescription(dose, sets, between, perSide, hold, source);
    }

    public Prescription eachSide() {
        return new Prescription(dose, sets, rest, true, hold, source);
    }

    public Prescription hold(Duration each) {
        return new Prescription(dose, sets, rest, perSide, each, source);
    }

    /** Marks the dose as the article's own. */
    public Prescription fromArticle() {
        return new Prescription(dose, sets, rest, perSide, hold, DoseSource.ARTICLE);
    }

    /** Marks the dose as the catalog's choice where the article gives none. */
    public Prescription catalogChoice() {
        return new Prescription(dose, sets, rest, perSide, hold, DoseSource.CATALOG);
    }

    public Optional<Duration> holdEach() {
        return Optional.ofNullable(hold);
    }

    /** How many sides each set is done on: 2 per side, else 1. */
    public int sides() {
        return perSide ? 2 : 1;
    }
}
