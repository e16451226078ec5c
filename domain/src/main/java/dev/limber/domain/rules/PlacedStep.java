package dev.limber.domain.rules;

import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An exercise step with where it sits and how often it is done: what most rules walk over.
 * Circuits are opened, each inner step once, carrying the circuit's rounds.
 *
 * @param session     the session holding it
 * @param phaseIndex  its phase's position in the session
 * @param phase       its phase
 * @param stepIndex   its (or its circuit's) position in the phase
 * @param circuitStep its position inside the circuit, or {@code null} outside one
 * @param rounds      how many times it is done: the circuit's rounds, or 1
 * @param step        the step itself
 */
public record PlacedStep(
        Session session,
        int phaseIndex,
        Phase phase,
        int stepIndex,
        Integer circuitStep,
        int rounds,
        ExerciseStep step) {

    /**
     * The steps last placed on this thread, with their session: the default rules each walk the
     * same session, and placing its steps once per rule was a quarter of an evaluation's time. A
     * session is immutable (its lists are copies), so the steps stay right while it is the same
     * object. Held weakly: between two rules a collection may drop them (they are placed again),
     * and nothing is kept once no rule uses them.
     */
    private static final ThreadLocal<WeakReference<Placed>> LAST = new ThreadLocal<>();

    private record Placed(Session session, List<PlacedStep> steps) {}

    /** Every exercise step of a session, in order. */
    public static List<PlacedStep> in(Session session) {
        WeakReference<Placed> last = LAST.get();
        Placed placed = last == null ? null : last.get();
        if (placed != null && placed.session() == session) {
            return placed.steps();
        }
        List<PlacedStep> steps = place(session);
        LAST.set(new WeakReference<>(new Placed(session, steps)));
        return steps;
    }

    private static List<PlacedStep> place(Session session) {
        // Sized for the steps (a circuit's inner steps grow it): growing from a guess copied the
        // list several times per rule at 100 steps.
        int size = 0;
        for (Phase phase : session.phases()) {
            size += phase.steps().size();
        }
        List<PlacedStep> all = new ArrayList<>(size);
        for (int p = 0; p < session.phases().size(); p++) {
            Phase phase = session.phases().get(p);
            for (int s = 0; s < phase.steps().size(); s++) {
                Step step = phase.steps().get(s);
                if (step instanceof Circuit circuit) {
                    for (int c = 0; c < circuit.steps().size(); c++) {
                        all.add(new PlacedStep(
                                session,
                                p,
                                phase,
                                s,
                                c,
                                circuit.rounds(),
                                circuit.steps().get(c)));
                    }
                } else {
                    all.add(new PlacedStep(session, p, phase, s, null, 1, (ExerciseStep) step));
                }
            }
        }
        // Every rule walks the steps again: a read-only view, not a second copy of the list.
        return Collections.unmodifiableList(all);
    }

    /** Every exercise step of every session of a program, in order. */
    public static List<PlacedStep> in(Program program) {
        if (program.sessions().size() == 1) {
            return in(program.sessions().get(0));
        }
        List<PlacedStep> all = new ArrayList<>();
        program.sessions().forEach(s -> all.addAll(in(s)));
        return Collections.unmodifiableList(all);
    }

    /** Its location, for a finding. */
    public Location location() {
        return new Location(session.name(), phaseIndex, phase.kind(), stepIndex, circuitStep, step.exercise());
    }
}
