package dev.limber.domain.rules;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.program.PhaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where in a program a finding points, as precisely as the rule can say: the whole program, a
 * session, a phase, or one step. Indexes count from 0 (as in a document's path); {@link #describe()}
 * counts from 1 for people.
 *
 * @param session     the session's name, or {@code null} for the whole program
 * @param phaseIndex  the phase's position in the session, or {@code null}
 * @param phase       the phase's kind, or {@code null}
 * @param step        the step's position in the phase, or {@code null}
 * @param circuitStep the position inside a circuit when the step is one, or {@code null}
 * @param exercise    the exercise the step names, or {@code null}
 */
public record Location(
        String session, Integer phaseIndex, PhaseKind phase, Integer step, Integer circuitStep, ExerciseId exercise) {

    private static final Location PROGRAM = new Location(null, null, null, null, null, null);

    /** The program as a whole. */
    public static Location program() {
        return PROGRAM;
    }

    /** A whole session. */
    public static Location session(String name) {
        return new Location(name, null, null, null, null, null);
    }

    /** One phase of a session. */
    public static Location phase(String session, int phaseIndex, PhaseKind kind) {
        return new Location(session, phaseIndex, kind, null, null, null);
    }

    public Optional<String> sessionName() {
        return Optional.ofNullable(session);
    }

    public Optional<ExerciseId> exerciseId() {
        return Optional.ofNullable(exercise);
    }

    /** For people: {@code Leg day › warm-up › step 3 (standing-roll-down)}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (session != null) {
            parts.add(session);
        }
        if (phase != null) {
            parts.add(phase.externalName());
        }
        if (step != null) {
            String at = "step " + (step + 1) + (circuitStep == null ? "" : "." + (circuitStep + 1));
            parts.add(exercise == null ? at : at + " (" + exercise + ")");
        }
        return parts.isEmpty() ? "program" : String.join(" › ", parts);
    }
}
