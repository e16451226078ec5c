package dev.limber.domain.card;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.PhaseKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;

/**
 * One line of a routine card, as data: what adapters render (the HTTP adapter to HTML, this
 * package to plain text and Markdown). Java 17 has no pattern switch, so renderers dispatch
 * through {@link #accept(Visitor)}.
 */
public sealed interface CardLine
        permits CardLine.Title,
                CardLine.Note,
                CardLine.SessionHeading,
                CardLine.PhaseHeading,
                CardLine.CircuitHeading,
                CardLine.StepLine,
                CardLine.Caution {

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of line. */
    interface Visitor<R> {
        R title(Title line);

        R note(Note line);

        R session(SessionHeading line);

        R phase(PhaseHeading line);

        R circuit(CircuitHeading line);

        R step(StepLine line);

        R caution(Caution line);
    }

    /** The program's or session's name, with the time of all its sessions and how many there are. */
    record Title(String text, CardTime total, int sessions) implements CardLine {
        public Title {
            Checks.notBlank("text", text);
            Checks.required("total", total);
            Checks.positive("sessions", sessions);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.title(this);
        }
    }

    /** A remark: a program's description, or the key to a mark (catalog choice, estimated time). */
    record Note(String text) implements CardLine {
        public Note {
            Checks.notBlank("text", text);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.note(this);
        }
    }

    /** A session with its days (possibly none) and total time. */
    record SessionHeading(String name, List<DayOfWeek> days, CardTime total) implements CardLine {
        public SessionHeading {
            Checks.notBlank("name", name);
            days = Checks.list("days", days);
            Checks.required("total", total);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.session(this);
        }
    }

    /** A phase with its length. */
    record PhaseHeading(PhaseKind phase, CardTime length) implements CardLine {
        public PhaseHeading {
            Checks.required("phase", phase);
            Checks.required("length", length);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.phase(this);
        }
    }

    /** A circuit: the steps after it, until the next heading, are its own. */
    record CircuitHeading(String number, String name, int rounds, Duration restBetweenRounds, CardTime length)
            implements CardLine {
        public CircuitHeading {
            Checks.notBlank("number", number);
            Checks.notBlank("name", name);
            Checks.required("restBetweenRounds", restBetweenRounds);
            Checks.required("length", length);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.circuit(this);
        }
    }

    /**
     * One step: number ({@code 3}, or {@code 4b} inside a circuit), exercise, dose, where to start
     * and every cue, so the card says all the catalog says about doing it.
     *
     * @param number           its number on the card
     * @param exercise         the exercise's id
     * @param name             the exercise's name (its id when the catalog lacks it)
     * @param dose             the dose in words, see {@link DoseText}
     * @param source           who chose the dose
     * @param startingPosition how to stand or lie before the first rep, or {@code null}
     * @param cues             the exercise's cues in order (none when the catalog lacks it)
     * @param note             the step's own note, or {@code null}
     * @param inCircuit        whether it belongs to the circuit above it
     * @param rampUp           the ramp-up sets before the first working set, each in words
     *                         ({@code 5 reps at 40 kg, 10 kg per side}), none when it has none
     */
    record StepLine(
            String number,
            ExerciseId exercise,
            String name,
            String dose,
            DoseSource source,
            String startingPosition,
            List<String> cues,
            String note,
            boolean inCircuit,
            List<String> rampUp)
            implements CardLine {
        public StepLine {
            Checks.notBlank("number", number);
            Checks.required("exercise", exercise);
            Checks.notBlank("name", name);
            Checks.notBlank("dose", dose);
            Checks.required("source", source);
            cues = Checks.list("cues", cues);
            rampUp = Checks.list("rampUp", rampUp);
        }

        /** A step without ramp-up sets. */
        public StepLine(
                String number,
                ExerciseId exercise,
                String name,
                String dose,
                DoseSource source,
                String startingPosition,
                List<String> cues,
                String note,
                boolean inCircuit) {
            this(number, exercise, name, dose, source, startingPosition, cues, note, inCircuit, List.of());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.step(this);
        }
    }

    /** A safety note of an exercise on the card. */
    record Caution(ExerciseId exercise, String name, String text) implements CardLine {
        public Caution {
            Checks.required("exercise", exercise);
            Checks.notBlank("name", name);
            Checks.notBlank("text", text);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.caution(this);
        }
    }
}
