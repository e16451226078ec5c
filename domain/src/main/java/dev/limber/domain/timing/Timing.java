package dev.limber.domain.timing;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact duration arithmetic. One set lasts its time, or reps × (hold or pace); per side doubles
 * it; sets multiply it; rests between sets add (sets − 1) × rest. A circuit is rounds × its
 * steps plus (rounds − 1) × its rest. Switch-sides pauses belong to the timeline, not here.
 */
public final class Timing {
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
        if (prescription.dose() instanceof Dose.Timed timed) {
            return timed.duration();
        }
        Dose.Reps reps = (Dose.Reps) prescription.dose();
        return prescription.holdEach().orElse(pace.perRep()).multipliedBy(reps.count());
    }

    public Duration of(Step step) {
        return explain(step).total();
    }

    public StepTime explain(Step step) {
        if (step instanceof ExerciseStep single) {
            return explain(single.prescription());
        }
        Circuit circuit = (Circuit) step;
        Duration round = Duration.ZERO;
        boolean estimated = false;
        for (ExerciseStep inner : circuit.steps()) {
            StepTime time = explain(inner.prescription());
            round = round.plus(time.total());
            estimated |= time.estimated();
        }
        Duration rests = circuit.restBetweenRounds().multipliedBy(circuit.rounds() - 1L);
        Duration total = round.multipliedBy(circuit.rounds()).plus(rests);
        String text = Durations.human(round) + " a round × " + circuit.rounds() + " rounds";
        if (!rests.isZero()) {
            text += " + " + (circuit.rounds() - 1) + " × " + Durations.human(circuit.restBetweenRounds()) + " rest";
        }
        return new StepTime(total, text + " = " + Durations.human(total), estimated);
    }

    public StepTime explain(Prescription prescription) {
        Duration work = setWork(prescription);
        List<String> parts = new ArrayList<>();
        boolean estimated = false;
        if (prescription.dose() instanceof Dose.Reps reps) {
            boolean held = prescription.hold() != null;
            estimated = !held;
            parts.add(reps.count() + " reps × " + Durations.human(held ? prescription.hold() : pace.perRep())
                    + (held ? " hold" : " a rep (estimated)"));
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
