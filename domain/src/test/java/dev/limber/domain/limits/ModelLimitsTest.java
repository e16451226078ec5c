package dev.limber.domain.limits;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.Quote;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.PageRequest;
import dev.limber.domain.timeline.TimelineOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every upper bound of the model (issue 12): a value at the limit is kept, one beyond it is
 * refused naming the field, and the message repeats only a short prefix of the value.
 */
class ModelLimitsTest {

    static InvalidValueException refused(Executable build, ModelField field) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, build);
        assertEquals(field, refused.modelField().orElseThrow(), refused.getMessage());
        assertTrue(refused.getMessage().length() < 400, "a short message: " + refused.getMessage());
        return refused;
    }

    static String text(int length) {
        return "a".repeat(length);
    }

    static Exercise.Builder exercise() {
        return Exercise.builder("plank", "Plank").primary(Target.ABDOMINALS);
    }

    static Program program(Function<Session, List<Session>> sessions) {
        return new Program(
                dev.limber.domain.program.ProgramId.of("p"), "P", "", List.of(), sessions.apply(session("s")));
    }

    static Session session(String name) {
        return Session.of(name, Phase.of(PhaseKind.MAIN, ExerciseStep.of("plank", Prescription.reps(5))));
    }

    @Test
    void textsOfAnExerciseAreKeptAtTheirLimitAndRefusedBeyondIt() {
        assertDoesNotThrow(() -> exercise()
                .equipment(text(Limits.EQUIPMENT))
                .startingPosition(text(Limits.PARAGRAPH))
                .caution(text(Limits.PARAGRAPH))
                .cues(Collections.nCopies(Limits.CUES, text(Limits.PARAGRAPH)))
                .variations(Collections.nCopies(Limits.VARIATIONS, text(Limits.PARAGRAPH)))
                .source(new Source(text(Limits.SOURCE_TEXT), text(Limits.SOURCE_TEXT), text(Limits.SOURCE_TEXT)))
                .build());
        assertDoesNotThrow(() -> Exercise.builder("plank", text(Limits.NAME))
                .primary(Target.ABDOMINALS)
                .build());

        refused(
                () -> Exercise.builder("plank", text(Limits.NAME + 1))
                        .primary(Target.ABDOMINALS)
                        .build(),
                ModelField.EXERCISE_NAME);
        refused(() -> exercise().equipment(text(Limits.EQUIPMENT + 1)).build(), ModelField.EXERCISE_EQUIPMENT);
        refused(
                () -> exercise().startingPosition(text(Limits.PARAGRAPH + 1)).build(),
                ModelField.EXERCISE_STARTING_POSITION);
        refused(() -> exercise().caution(text(Limits.PARAGRAPH + 1)).build(), ModelField.EXERCISE_CAUTION);
        InvalidValueException cue =
                refused(() -> exercise().cues("ok", text(Limits.PARAGRAPH + 1)).build(), ModelField.EXERCISE_CUES);
        assertEquals(1, cue.index().getAsInt());
        refused(() -> exercise().variations(text(Limits.PARAGRAPH + 1)).build(), ModelField.EXERCISE_VARIATIONS);
        refused(() -> new Source(text(Limits.SOURCE_TEXT + 1), null, "x"), ModelField.SOURCE_ORIGIN);
        refused(() -> new Source("x", text(Limits.SOURCE_TEXT + 1), "x"), ModelField.SOURCE_ORIGINAL_ID);
        refused(() -> new Source("x", null, text(Limits.SOURCE_TEXT + 1)), ModelField.SOURCE_LICENSE);
    }

    @Test
    void listsOfAnExerciseAreLimited() {
        InvalidValueException cues = refused(
                () -> exercise().cues(Collections.nCopies(50_000, "Brace")).build(), ModelField.EXERCISE_CUES);
        assertEquals("cues must have at most " + Limits.CUES + " items (was 50000)", cues.getMessage());
        refused(
                () -> exercise()
                        .variations(Collections.nCopies(Limits.VARIATIONS + 1, "x"))
                        .build(),
                ModelField.EXERCISE_VARIATIONS);
    }

    @Test
    void textsOfAProgramAreLimited() {
        Step step = ExerciseStep.of("plank", Prescription.reps(5));
        refused(
                () -> Program.builder("p", text(Limits.NAME + 1))
                        .session(session("s"))
                        .build(),
                ModelField.PROGRAM_NAME);
        refused(
                () -> Program.builder("p", "P")
                        .description(text(Limits.DESCRIPTION + 1))
                        .session(session("s"))
                        .build(),
                ModelField.PROGRAM_DESCRIPTION);
        refused(() -> session(text(Limits.NAME + 1)), ModelField.SESSION_NAME);
        refused(
                () -> Circuit.of(
                        text(Limits.NAME + 1), 2, Duration.ZERO, ExerciseStep.of("plank", Prescription.reps(5))),
                ModelField.CIRCUIT_NAME);
        refused(
                () -> ExerciseStep.of("plank", Prescription.reps(5)).withNote(text(Limits.PARAGRAPH + 1)),
                ModelField.STEP_NOTE);
        assertDoesNotThrow(() -> Program.builder("p", text(Limits.NAME))
                .description(text(Limits.DESCRIPTION))
                .session(Session.of(text(Limits.NAME), Phase.of(PhaseKind.MAIN, step)))
                .build());
    }

    @Test
    void listsOfAProgramAreLimited() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i <= Limits.TAGS; i++) {
            tags.add("t" + i);
        }
        refused(
                () -> new Program(dev.limber.domain.program.ProgramId.of("p"), "P", "", tags, List.of(session("s"))),
                ModelField.PROGRAM_TAGS);
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i <= Limits.SESSIONS; i++) {
            sessions.add(session("s" + i));
        }
        refused(() -> program(s -> sessions), ModelField.PROGRAM_SESSIONS);
        assertDoesNotThrow(() -> program(s -> sessions.subList(0, Limits.SESSIONS)));
        Phase phase = Phase.of(PhaseKind.MAIN, ExerciseStep.of("plank", Prescription.reps(5)));
        refused(() -> new Session("s", Collections.nCopies(Limits.PHASES + 1, phase), null), ModelField.SESSION_PHASES);
        Step step = ExerciseStep.of("plank", Prescription.reps(5));
        refused(() -> new Phase(PhaseKind.MAIN, Collections.nCopies(Limits.STEPS + 1, step)), ModelField.PHASE_STEPS);
        ExerciseStep one = ExerciseStep.of("plank", Prescription.reps(5));
        refused(
                () -> new Circuit("c", Collections.nCopies(Limits.CIRCUIT_STEPS + 1, one), 2, Duration.ZERO),
                ModelField.CIRCUIT_STEPS);
    }

    @Test
    void aProgramHoldsAtMostSoManyExerciseStepsInAll() {
        ExerciseStep one = ExerciseStep.of("plank", Prescription.reps(5));
        Circuit full = new Circuit("c", Collections.nCopies(Limits.CIRCUIT_STEPS, one), 2, Duration.ZERO);
        Phase big = new Phase(PhaseKind.MAIN, Collections.nCopies(Limits.STEPS, full));
        Session session = new Session("s", Collections.nCopies(Limits.PHASES, big), null);
        List<Session> sessions = new ArrayList<>();
        int steps = 0;
        for (int i = 0; steps <= Limits.PROGRAM_STEPS; i++) {
            sessions.add(new Session("s" + i, session.phases(), null));
            steps += session.exerciseSteps().size();
        }
        InvalidValueException refused = refused(() -> program(s -> sessions), ModelField.PROGRAM_SESSIONS);
        assertTrue(refused.getMessage().contains("at most " + Limits.PROGRAM_STEPS + " exercise steps"));
    }

    @Test
    void everyDurationOfAProgramHasAnUpperBound() {
        assertDoesNotThrow(() -> Prescription.reps(5).rest(Limits.REST).hold(Limits.HOLD));
        assertDoesNotThrow(() -> Prescription.timed(Limits.WORK));
        InvalidValueException rest = refused(
                () -> Prescription.reps(5).rest(Duration.ofSeconds(3_000_000_000L)), ModelField.PRESCRIPTION_REST);
        assertEquals("rest must be at most 1 h (was PT833333H20M)", rest.getMessage());
        refused(() -> Prescription.reps(5).rest(Limits.REST.plusSeconds(1)), ModelField.PRESCRIPTION_REST);
        refused(() -> Prescription.reps(5).hold(Duration.ofDays(99_999)), ModelField.PRESCRIPTION_HOLD);
        refused(() -> Prescription.reps(5).hold(Limits.HOLD.plusSeconds(1)), ModelField.PRESCRIPTION_HOLD);
        refused(() -> Prescription.reps(5).hold(Duration.ofMillis(500)), ModelField.PRESCRIPTION_HOLD);
        refused(() -> Prescription.timed(Limits.WORK.plusSeconds(1)), ModelField.DOSE_DURATION);
        ExerciseStep one = ExerciseStep.of("plank", Prescription.reps(5));
        refused(
                () -> Circuit.of("c", 2, Duration.ofSeconds(3_000_000_000L), one),
                ModelField.CIRCUIT_REST_BETWEEN_ROUNDS);
        refused(() -> Circuit.of("c", 2, Duration.ofMillis(1500), one), ModelField.CIRCUIT_REST_BETWEEN_ROUNDS);
        assertDoesNotThrow(() -> Circuit.of("c", 2, Limits.REST, one));
        assertThrows(
                InvalidValueException.class,
                () -> TimelineOptions.none().withGetReady(Limits.TIMER_PAUSE.plusSeconds(1)));
        assertThrows(
                InvalidValueException.class, () -> TimelineOptions.none().withSwitchSides(Duration.ofDays(99_999)));
    }

    @Test
    void controlCharactersAreRefusedInEveryTextAndLineBreaksOnlyInParagraphs() {
        InvalidValueException nul = refused(
                () -> Exercise.builder("plank", "a\u0000b")
                        .primary(Target.ABDOMINALS)
                        .build(),
                ModelField.EXERCISE_NAME);
        assertEquals(
                "name must not contain control characters, line breaks included (found U+0000 at character 2)"
                        + " (was \"a\\u0000b\")",
                nul.getMessage());
        refused(() -> exercise().equipment("mat\nbar").build(), ModelField.EXERCISE_EQUIPMENT);
        refused(() -> exercise().cues("Brace\u0000").build(), ModelField.EXERCISE_CUES);
        refused(() -> exercise().caution("\u001b[31mred").build(), ModelField.EXERCISE_CAUTION);
        refused(() -> exercise().caution("broken \ud800 surrogate").build(), ModelField.EXERCISE_CAUTION);
        refused(() -> session("Mon\u0007day"), ModelField.SESSION_NAME);
        assertEquals(
                "Line one\nLine two\twith a tab",
                exercise().cues("Line one\nLine two\twith a tab").build().cues().get(0));
        assertEquals(
                "😀 İstanbul",
                Exercise.builder("plank", "😀 İstanbul")
                        .primary(Target.ABDOMINALS)
                        .build()
                        .name());
    }

    @Test
    void theSearchTextIsCheckedNamingTheParameter() {
        InvalidValueException nul =
                assertThrows(InvalidValueException.class, () -> ExerciseQuery.searchText("q", "\u0000"));
        assertEquals("q", nul.field());
        assertThrows(InvalidValueException.class, () -> ExerciseQuery.searchText("q", text(Limits.SEARCH_TEXT + 1)));
        assertEquals("squat", ExerciseQuery.searchText("q", " squat "));
        assertThrows(InvalidValueException.class, () -> new ExerciseQuery(null, null, "a\u0000", PageRequest.first()));
    }

    @Test
    void aRefusalRepeatsOnlyAShortPrefixOfTheValue() {
        String huge = "x".repeat(5_000_000);
        InvalidValueException refused = refused(
                () -> Exercise.builder("plank", huge).primary(Target.ABDOMINALS).build(), ModelField.EXERCISE_NAME);
        assertEquals(
                "name must be at most 200 characters (was \"" + "x".repeat(Quote.MAX_CHARACTERS)
                        + "…\" (5000000 characters))",
                refused.getMessage());
        assertEquals("'ab'", Quote.single("ab"));
        assertEquals("\"a\\nb\"", Quote.doubled("a\nb"));
    }

    @Test
    void theBuiltInCatalogIsWithinEveryLimit() {
        assertDoesNotThrow(() ->
                BuiltInCatalog.catalog().exercises().forEach(e -> e.toBuilder().build()));
        assertTrue(BuiltInCatalog.catalog().programs().size() > 0);
    }
}
