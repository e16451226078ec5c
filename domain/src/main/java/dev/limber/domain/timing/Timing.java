package dev.limber.domain.timing;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.RampUpSets;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.program.Tempo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact duration arithmetic. One set lasts its time, or reps × (hold or pace); per side doubles
 * it; sets multiply it; rests between sets add (sets − 1) × rest. A circuit is rounds × its
 * steps plus (rounds − 1) × its rest. Switch-sides pauses belong to the timeline, not here.
 * A rep with a tempo lasts the tempo ({@code 3-1-1-0}: 5 s); a distance is estimated at an easy
 * run's {@link #DISTANCE_PACE} of 6 min a kilometre.
 */
public final class Timing {
    /** How long a kilometre of a distance dose is taken to last: an easy run. */
    public static final Duration DISTANCE_PACE = Duration.ofMinutes(6);

    private final Pace pace;

    public Timing(Pace pace) {
        this.pace = Checks.required("pace", pace);
    }

    /** Timing with the default pace of three seconds a rep. */
    public static Timing standard() {
        return new Timing(Pace.DEFAULT);
    }

    public Pace pace() {
        return pace;
    }

    /** How long one side of one set lasts. */
    public Duration setWork(Prescription prescription) {
        Dose dose = prescription.dose();
        if (dose instanceof Dose.Timed timed) {
            return timed.duration();
        }
        if (dose instanceof Dose.Reps reps) {
            return perRep(prescription).multipliedBy(reps.count());
        }
        return distance((Dose.Distance) dose);
    }

    /** The ramp-up sets a step does before its first working set, lightest first; none when it has none. */
    public static List<RampUpSets.RampSet> rampUpSets(Prescription prescription) {
        return prescription
                .rampUpOf()
                .map(sets -> sets.setsFor(prescription.load()))
                .orElse(List.of());
    }

    /** How long one ramp-up set lasts (one side): its reps at the step's tempo or pace. */
    public Duration rampUpSet(Prescription prescription, RampUpSets.RampSet set) {
        return perRep(prescription).multipliedBy(set.reps());
    }

    /**
     * How long a step's ramp-up sets last, each side's when per side, with {@link RampUpSets#REST}
     * after each (the last one's before the first working set).
     */
    public Duration rampUp(Prescription prescription) {
        Duration total = Duration.ZERO;
        for (RampUpSets.RampSet set : rampUpSets(prescription)) {
            total = total.plus(rampUpSet(prescription, set).multipliedBy(prescription.sides()))
                    .plus(RampUpSets.REST);
        }
        return total;
    }

    /** One rep: its hold, its tempo, or the pace. */
    private Duration perRep(Prescription prescription) {
        if (prescription.hold() != null) {
            return prescription.hold();
        }
        return prescription.tempoOf().map(Tempo::perRep).orElse(pace.perRep());
    }

    /** A distance at {@link #DISTANCE_PACE}, in whole seconds rounded up. */
    private static Duration distance(Dose.Distance distance) {
        long metres = distance.metres();
        long seconds = (metres * DISTANCE_PACE.getSeconds() + 999) / 1000;
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    /** How long a step lasts: what {@link #explain(Step)} adds up, without putting it in words. */
    public Duration of(Step step) {
        if (step instanceof ExerciseStep single) {
            return total(single.prescription());
        }
        Circuit circuit = (Circuit) step;
        Duration round = Duration.ZERO;
        Duration ramps = Duration.ZERO;
        for (ExerciseStep inner : circuit.steps()) {
            Duration ramp = rampUp(inner.prescription());
            round = round.plus(total(inner.prescription())).minus(ramp);
            ramps = ramps.plus(ramp);
        }
        Duration rests = circuit.restBetweenRounds().multipliedBy(circuit.rounds() - 1L);
        return round.multipliedBy(circuit.rounds()).plus(rests).plus(ramps);
    }

    /**
     * The total of {@link #explain(Prescription)} alone. Rules, the warm-up builder and timelines
     * time thousands of steps and never show the words, which cost several times the sum.
     */
    private Duration total(Prescription prescription) {
        Duration total = times(setWork(prescription), (long) prescription.sides() * prescription.sets());
        return total.plus(times(prescription.rest(), prescription.sets() - 1L)).plus(rampUp(prescription));
    }

    /**
     * {@code duration × n}: Duration.multipliedBy goes through BigDecimal for any n but 0 and 1,
     * which showed in profiles of the warm-up builder's index; whole seconds multiply as longs
     * (an overflow throws ArithmeticException, as multipliedBy does).
     */
    private static Duration times(Duration duration, long n) {
        return duration.getNano() == 0
                ? Duration.ofSeconds(Math.multiplyExact(duration.getSeconds(), n))
                : duration.multipliedBy(n);
    }

    public StepTime explain(Step step) {
        if (step instanceof ExerciseStep single) {
            return explain(single.prescription());
        }
        Circuit circuit = (Circuit) step;
        Duration round = Duration.ZERO;
        Duration ramps = Duration.ZERO;
        boolean estimated = false;
        for (ExerciseStep inner : circuit.steps()) {
            StepTime time = explain(inner.prescription());
            Duration ramp = rampUp(inner.prescription());
            round = round.plus(time.total()).minus(ramp);
            ramps = ramps.plus(ramp);
            estimated |= time.estimated();
        }
        Duration rests = circuit.restBetweenRounds().multipliedBy(circuit.rounds() - 1L);
        Duration total = round.multipliedBy(circuit.rounds()).plus(rests).plus(ramps);
        String text = Durations.human(round) + " a round × " + circuit.rounds() + " rounds";
        if (!rests.isZero()) {
            text += " + " + (circuit.rounds() - 1) + " × " + Durations.human(circuit.restBetweenRounds()) + " rest";
        }
        if (!ramps.isZero()) {
            text += " + ramp-up sets before the first round (" + Durations.human(ramps) + ")";
        }
        return new StepTime(total, text + " = " + Durations.human(total), estimated);
    }

    public StepTime explain(Prescription prescription) {
        Duration work = setWork(prescription);
        List<String> parts = new ArrayList<>();
        boolean estimated = false;
        if (prescription.dose() instanceof Dose.Reps reps) {
            boolean held = prescription.hold() != null;
            boolean tempo = prescription.tempo() != null;
            estimated = !held && !tempo || reps.amrap();
            String each = held
                    ? " hold"
                    : tempo ? " a rep (tempo " + prescription.tempo().text() + ")" : " a rep (estimated)";
            parts.add((reps.amrap() ? "at least " : "") + reps.count() + " reps × "
                    + Durations.human(perRep(prescription)) + each);
        } else if (prescription.dose() instanceof Dose.Distance distance) {
            estimated = true;
            parts.add(distance.human() + " at " + Durations.human(DISTANCE_PACE) + " a km (estimated) = "
                    + Durations.human(work));
        } else {
            parts.add(Durations.human(work));
        }
        if (prescription.perSide()) {
            parts.add("2 sides");
        }
        if (prescription.sets() > 1) {
            parts.add(prescription.sets() + " sets");
        }
        Duration total = work.multipliedBy((long) prescription.sides() * prescription.sets());
        Duration rests = prescription.rest().multipliedBy(prescription.sets() - 1L);
        total = total.plus(rests);
        String text = String.join(" × ", parts);
        if (!rests.isZero()) {
            text += " + " + (prescription.sets() - 1) + " × " + Durations.human(prescription.rest()) + " rest";
        }
        int ramp = prescription
                .rampUpOf()
                .map(sets -> rampUpSets(prescription).size())
                .orElse(0);
        if (ramp > 0) {
            Duration rampTime = rampUp(prescription);
            total = total.plus(rampTime);
            text += " + " + ramp + (ramp == 1 ? " ramp-up set" : " ramp-up sets") + " with "
                    + Durations.human(RampUpSets.REST) + " rest after each (" + Durations.human(rampTime) + ")";
        }
        return new StepTime(total, text + " = " + Durations.human(total), estimated);
    }

    /**
     * Whether a step's time is an estimate: some of its reps are counted without a hold, so they
     * were timed at the pace.
     */
    public boolean estimated(Step step) {
        return explain(step).estimated();
    }

    public boolean estimated(Phase phase) {
        return phase.steps().stream().anyMatch(this::estimated);
    }

    public boolean estimated(Session session) {
        return session.phases().stream().anyMatch(this::estimated);
    }

    public boolean estimated(Program program) {
        return program.sessions().stream().anyMatch(this::estimated);
    }

    public Duration of(Phase phase) {
        Duration total = Duration.ZERO;
        for (Step step : phase.steps()) {
            total = total.plus(of(step));
        }
        return total;
    }

    public Duration of(Session session) {
        Duration total = Duration.ZERO;
        for (Phase phase : session.phases()) {
            total = total.plus(of(phase));
        }
        return total;
    }

    /** The whole program's time, every session added: a week's training when each is done once. */
    public Duration of(Program program) {
        Duration total = Duration.ZERO;
        for (Session session : program.sessions()) {
            total = total.plus(of(session));
        }
        return total;
    }
}
