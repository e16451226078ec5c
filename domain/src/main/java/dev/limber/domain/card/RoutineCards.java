package dev.limber.domain.card;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.NerveGlides;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.RampUpSets;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.timing.Durations;
import dev.limber.domain.timing.Timing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes routine cards: name, total time, each step with its dose, starting position and every
 * cue, and the safety notes of the exercises on it. Steps are numbered through a session; a
 * circuit's steps are lettered under its number ({@code 5a}, {@code 5b}). Doses the catalog chose
 * and times estimated from rep counts carry marks that notes at the end explain, so the article's
 * numbers are never confused with ours.
 */
public final class RoutineCards {
    private final ExerciseLookup exercises;
    private final Timing timing;

    public RoutineCards(ExerciseLookup exercises, Timing timing) {
        this.exercises = Checks.required("exercises", exercises);
        this.timing = Checks.required("timing", timing);
    }

    /** A card of a whole program: its description, then each session. */
    public RoutineCard of(Program program) {
        Checks.required("program", program);
        List<CardLine> lines = new ArrayList<>();
        lines.add(new CardLine.Title(
                program.name(),
                new CardTime(timing.of(program), timing.estimated(program)),
                program.sessions().size()));
        if (!program.description().isBlank()) {
            lines.add(new CardLine.Note(program.description()));
        }
        Map<ExerciseId, Exercise> seen = new LinkedHashMap<>();
        ExerciseLookup named = exercises.prefetch(program.exerciseIds()).cached();
        for (Session session : program.sessions()) {
            sessionLines(session, lines, seen, named);
        }
        return finish(program.name(), lines, seen);
    }

    /** A card of one session, titled with the session's name. */
    public RoutineCard of(Session session) {
        Checks.required("session", session);
        return of(session.name(), session);
    }

    /**
     * A card of one session of a program, titled with the program's name, so every printed sheet
     * says which program and which session it is.
     */
    public RoutineCard of(Program program, Session session) {
        Checks.required("program", program);
        Checks.required("session", session);
        return of(program.name(), session);
    }

    private RoutineCard of(String title, Session session) {
        List<CardLine> lines = new ArrayList<>();
        lines.add(new CardLine.Title(title, sessionTime(session), 1));
        Map<ExerciseId, Exercise> seen = new LinkedHashMap<>();
        sessionLines(
                session,
                lines,
                seen,
                exercises
                        .prefetch(session.exerciseSteps().stream()
                                .map(ExerciseStep::exercise)
                                .toList())
                        .cached());
        return finish(title, lines, seen);
    }

    private RoutineCard finish(String title, List<CardLine> lines, Map<ExerciseId, Exercise> seen) {
        for (Exercise exercise : seen.values()) {
            // A nerve glide always carries the article's condition for it and a caution.
            Optional<String> caution = exercise.kind() == ExerciseKind.NERVE_GLIDE
                    ? Optional.of(NerveGlides.cardNote(exercise))
                    : exercise.cautionNote();
            caution.ifPresent(text -> lines.add(new CardLine.Caution(exercise.id(), exercise.name(), text)));
        }
        boolean catalogChoice = lines.stream()
                .anyMatch(l -> l instanceof CardLine.StepLine step && step.source() == DoseSource.CATALOG);
        if (catalogChoice) {
            lines.add(new CardLine.Note(RoutineCard.CATALOG_MARK + " dose chosen by the catalog, not the article"));
        }
        CardLine.Title head = (CardLine.Title) lines.get(0);
        if (head.total().estimated()) {
            lines.add(new CardLine.Note(RoutineCard.ESTIMATE_MARK + " time estimated from the rep counts, at "
                    + Durations.human(timing.pace().perRep()) + " a rep"));
        }
        return new RoutineCard(title, head.total().length(), lines);
    }

    private CardTime sessionTime(Session session) {
        return new CardTime(timing.of(session), timing.estimated(session));
    }

    /** {@code named}: the card's exercises, read in one go where the lookup is a store. */
    private void sessionLines(
            Session session, List<CardLine> lines, Map<ExerciseId, Exercise> seen, ExerciseLookup named) {
        lines.add(new CardLine.SessionHeading(session.name(), session.orderedDays(), sessionTime(session)));
        int number = 0;
        for (Phase phase : session.phases()) {
            lines.add(new CardLine.PhaseHeading(phase.kind(), new CardTime(timing.of(phase), timing.estimated(phase))));
            for (Step step : phase.steps()) {
                number++;
                if (step instanceof Circuit circuit) {
                    lines.add(new CardLine.CircuitHeading(
                            String.valueOf(number),
                            circuit.name(),
                            circuit.rounds(),
                            circuit.restBetweenRounds(),
                            new CardTime(timing.of(circuit), timing.estimated(circuit))));
                    for (int i = 0; i < circuit.steps().size(); i++) {
                        lines.add(stepLine(number + letter(i), circuit.steps().get(i), true, seen, named));
                    }
                } else {
                    lines.add(stepLine(String.valueOf(number), (ExerciseStep) step, false, seen, named));
                }
            }
        }
    }

    private CardLine.StepLine stepLine(
            String number, ExerciseStep step, boolean inCircuit, Map<ExerciseId, Exercise> seen, ExerciseLookup named) {
        Optional<Exercise> exercise = named.find(step.exercise());
        exercise.ifPresent(e -> seen.putIfAbsent(e.id(), e));
        String name = exercise.map(Exercise::name).orElse(step.exercise().value());
        return new CardLine.StepLine(
                number,
                step.exercise(),
                name,
                DoseText.of(step.prescription()),
                step.prescription().source(),
                exercise.map(Exercise::startingPosition).orElse(null),
                exercise.map(Exercise::cues).orElse(List.of()),
                step.note(),
                inCircuit,
                Timing.rampUpSets(step.prescription()).stream()
                        .map(RampUpSets.RampSet::human)
                        .toList());
    }

    /** a, b, …, z, then aa, ab, … (a circuit that long is unlikely, but must not break the card). */
    private static String letter(int index) {
        String letters = "";
        int i = index;
        do {
            letters = (char) ('a' + i % 26) + letters;
            i = i / 26 - 1;
        } while (i >= 0);
        return letters;
    }
}
