package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.load.Load;
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
 * @param load    what it is lifted with ({@code 100kg}, {@code 75%}, {@code bodyweight}); {@code null} for none
 * @param effort  how hard a set should feel (RPE or RIR); {@code null} for unsaid
 * @param tempo   for reps: the tempo of each rep, which times it; {@code null} to use the pace
 * @param rampUp  for reps: lighter sets of the lift before the first working set; {@code null} for none
 */
public record Prescription(
        Dose dose,
        int sets,
        Duration rest,
        boolean perSide,
        Duration hold,
        DoseSource source,
        Load load,
        Effort effort,
        Tempo tempo,
        RampUpSets rampUp) {

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
        if (tempo != null) {
            if (!(dose instanceof Dose.Reps)) {
                throw new InvalidValueException(
                        ModelField.PRESCRIPTION_TEMPO, tempo.text(), "applies to counted reps only");
            }
            if (hold != null) {
                throw new InvalidValueException(
                        ModelField.PRESCRIPTION_TEMPO,
                        tempo.text(),
                        "and hold both time a rep; give one of them, not both");
            }
        }
        if (rampUp != null) {
            if (!(dose instanceof Dose.Reps)) {
                throw new InvalidValueException(
                        ModelField.PRESCRIPTION_RAMP_UP, rampUp.text(), "applies to counted reps of a lift only");
            }
            if (load != null) {
                Optional<String> misfit = rampUp.misfit(load);
                if (misfit.isPresent()) {
                    throw new InvalidValueException(ModelField.PRESCRIPTION_RAMP_UP, rampUp.text(), misfit.get());
                }
            }
        }
    }

    /** A dose without ramp-up sets. */
    public Prescription(
            Dose dose,
            int sets,
            Duration rest,
            boolean perSide,
            Duration hold,
            DoseSource source,
            Load load,
            Effort effort,
            Tempo tempo) {
        this(dose, sets, rest, perSide, hold, source, load, effort, tempo, null);
    }

    /** A dose without load, effort or tempo. */
    public Prescription(Dose dose, int sets, Duration rest, boolean perSide, Duration hold, DoseSource source) {
        this(dose, sets, rest, perSide, hold, source, null, null, null);
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

    /** This prescription with another dose of one set, everything else kept. */
    public Prescription withDose(Dose other) {
        return new Prescription(other, sets, rest, perSide, hold, source, load, effort, tempo, rampUp);
    }

    public Prescription sets(int count) {
        return new Prescription(dose, count, rest, perSide, hold, source, load, effort, tempo, rampUp);
    }

    public Prescription rest(Duration between) {
        return new Prescription(dose, sets, between, perSide, hold, source, load, effort, tempo, rampUp);
    }

    public Prescription eachSide() {
        return new Prescription(dose, sets, rest, true, hold, source, load, effort, tempo, rampUp);
    }

    public Prescription hold(Duration each) {
        return new Prescription(dose, sets, rest, perSide, each, source, load, effort, tempo, rampUp);
    }

    /** Marks the dose as the article's own. */
    public Prescription fromArticle() {
        return new Prescription(dose, sets, rest, perSide, hold, DoseSource.ARTICLE, load, effort, tempo, rampUp);
    }

    /** Marks the dose as the catalog's choice where the article gives none. */
    public Prescription catalogChoice() {
        return new Prescription(dose, sets, rest, perSide, hold, DoseSource.CATALOG, load, effort, tempo, rampUp);
    }

    /** A distance to cover, e.g. {@code Prescription.distance("400m")}. */
    public static Prescription distance(String text) {
        return new Prescription(Dose.Distance.parse(text), 1, Duration.ZERO, false, null, DoseSource.USER);
    }

    /** As many reps as possible, the counted reps being the minimum. */
    public Prescription amrap() {
        if (!(dose instanceof Dose.Reps reps)) {
            throw new InvalidValueException(ModelField.DOSE_AMRAP, true, "applies to counted reps only");
        }
        return new Prescription(
                new Dose.Reps(reps.count(), true), sets, rest, perSide, hold, source, load, effort, tempo, rampUp);
    }

    /** Lifted with {@code with}, e.g. {@code Load.kg(100)}. */
    public Prescription load(Load with) {
        return new Prescription(dose, sets, rest, perSide, hold, source, with, effort, tempo, rampUp);
    }

    /** Lifted with a load as written: {@code 100kg}, {@code 75%}, {@code bodyweight+10kg}. */
    public Prescription load(String text) {
        return load(Load.parse(text));
    }

    public Prescription effort(Effort how) {
        return new Prescription(dose, sets, rest, perSide, hold, source, load, how, tempo, rampUp);
    }

    public Prescription tempo(Tempo each) {
        return new Prescription(dose, sets, rest, perSide, hold, source, load, effort, each, rampUp);
    }

    public Prescription tempo(String text) {
        return tempo(Tempo.parse(text));
    }

    /** Ramp-up sets before the first working set, e.g. {@link RampUpSets#standard()}. */
    public Prescription rampUp(RampUpSets sets) {
        return new Prescription(dose, this.sets, rest, perSide, hold, source, load, effort, tempo, sets);
    }

    /** Ramp-up sets as written: {@code standard}, {@code bar x10, 50% x5 on 15kg bar}. */
    public Prescription rampUp(String text) {
        return rampUp(RampUpSets.parse(text));
    }

    public Optional<RampUpSets> rampUpOf() {
        return Optional.ofNullable(rampUp);
    }

    public Optional<Load> loadOf() {
        return Optional.ofNullable(load);
    }

    public Optional<Effort> effortOf() {
        return Optional.ofNullable(effort);
    }

    public Optional<Tempo> tempoOf() {
        return Optional.ofNullable(tempo);
    }

    public Optional<Duration> holdEach() {
        return Optional.ofNullable(hold);
    }

    /** How many sides each set is done on: 2 per side, else 1. */
    public int sides() {
        return perSide ? 2 : 1;
    }
}
