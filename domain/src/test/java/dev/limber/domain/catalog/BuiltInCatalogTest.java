package dev.limber.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Timing;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInCatalogTest {
    private final Catalog catalog = BuiltInCatalog.catalog();

    private Program program(String id) {
        return catalog.program(ProgramId.of(id)).orElseThrow();
    }

    private Exercise exercise(String id) {
        return catalog.exercise(ExerciseId.of(id)).orElseThrow();
    }

    @Test
    void everyExerciseTheArticleNamesIsInTheCatalog() {
        List<String> ids = List.of(
                "leg-swings",
                "walking-lunge-with-twist",
                "standing-roll-down",
                "glute-kickback",
                "hip-circles",
                "bodyweight-squat",
                "reclining-single-leg-stretch",
                "legs-up-the-wall",
                "knees-to-chest",
                "childs-pose",
                "glute-bridge",
                "bird-dog",
                "dead-bug",
                "plank",
                "standing-forward-fold",
                "hip-hinge",
                "sciatic-nerve-floss",
                "lunge",
                "leg-curl",
                "back-squat",
                "deadlift");
        assertEquals(ids, catalog.exercises().stream().map(e -> e.id().value()).toList());
    }

    @Test
    void everyProgramTheIssueNamesIsInTheCatalog() {
        assertEquals(
                List.of(
                        "quick-leg-day-warm-up",
                        "leg-day-cool-down",
                        "core-and-glute-strength",
                        "desk-break",
                        "pain-free-leg-day",
                        // Issue 15: a leg day with loads relative to the max and ramp-up sets,
                        // and programs over weeks: linear, double progression, a 5/3/1-style wave.
                        "leg-day-with-loads",
                        "squat-linear-4-weeks",
                        "leg-curl-double-progression",
                        "squat-531-wave"),
                catalog.programs().stream().map(p -> p.id().value()).toList());
    }

    @Test
    void quickWarmUpTakesFiveAndAHalfMinutes() {
        Duration total = Timing.standard().of(program("quick-leg-day-warm-up"));
        assertEquals(Duration.ofMinutes(5).plusSeconds(30), total);
    }

    @Test
    void quickWarmUpSaysTheArticleCallsItFiveMinutesButItTakesFiveAndAHalf() {
        String description = program("quick-leg-day-warm-up").description();
        assertTrue(description.contains("5-minute"), description);
        assertTrue(description.contains("5 min 30 s"), description);
    }

    @Test
    void quickWarmUpRunsTheArticlesSixStepsWithItsOwnDoses() {
        Phase warmUp =
                program("quick-leg-day-warm-up").sessions().get(0).phases().get(0);
        assertEquals(PhaseKind.WARM_UP, warmUp.kind());
        List<ExerciseStep> steps = warmUp.exerciseSteps();
        assertEquals(
                List.of(
                        "leg-swings",
                        "walking-lunge-with-twist",
                        "standing-roll-down",
                        "glute-kickback",
                        "hip-circles",
                        "bodyweight-squat"),
                steps.stream().map(s -> s.exercise().value()).toList());
        assertEquals(
                Prescription.seconds(30).eachSide().fromArticle(), steps.get(0).prescription());
        assertEquals(Prescription.seconds(60).fromArticle(), steps.get(1).prescription());
        assertEquals(Prescription.seconds(30).fromArticle(), steps.get(2).prescription());
        assertEquals(Prescription.seconds(60).fromArticle(), steps.get(3).prescription());
        assertEquals(Prescription.seconds(60).fromArticle(), steps.get(4).prescription());
        assertEquals(Prescription.seconds(60).fromArticle(), steps.get(5).prescription());
    }

    @Test
    void quickWarmUpCuesSayWhatTheArticleSays() {
        assertEquals(
                List.of("Forward and backward, then side to side", "Loosens hamstrings, hip flexors and glutes"),
                exercise("leg-swings").cues());
        assertEquals(
                List.of(
                        "Step forward into a lunge",
                        "Rotate your torso toward the front leg",
                        "Engages hamstrings, glutes, quads and core"),
                exercise("walking-lunge-with-twist").cues());
        assertEquals(
                List.of("Slowly roll from standing into a forward fold", "Stretch hamstrings and mobilize the spine"),
                exercise("standing-roll-down").cues());
        assertEquals(
                "On hands and knees, hands under shoulders, knees under hips",
                exercise("glute-kickback").startingPosition());
        assertEquals(
                List.of("Kick one leg back and up", "Warms up glutes and hamstrings"),
                exercise("glute-kickback").cues());
        assertEquals("Stand tall, hands on hips", exercise("hip-circles").startingPosition());
        assertEquals(
                List.of(
                        "Make big circles with your hips, clockwise and counterclockwise",
                        "Loosens pelvis, hips and lower back"),
                exercise("hip-circles").cues());
        assertEquals(
                List.of("Controlled pace, focus on depth and form", "Activates quads, glutes and hamstrings"),
                exercise("bodyweight-squat").cues());
    }

    @Test
    void warmUpTargetsAreTheOnesTheArticleNames() {
        assertEquals(
                List.of(Target.HAMSTRINGS, Target.HIP_FLEXORS, Target.GLUTES),
                exercise("leg-swings").primary());
        assertTrue(exercise("walking-lunge-with-twist")
                .primary()
                .containsAll(List.of(Target.HAMSTRINGS, Target.GLUTES, Target.QUADRICEPS)));
        assertTrue(exercise("walking-lunge-with-twist").works(Target.ABDOMINALS), "core");
        assertTrue(exercise("standing-roll-down").primary().containsAll(List.of(Target.HAMSTRINGS, Target.SPINE)));
        assertEquals(
                List.of(Target.GLUTES, Target.HAMSTRINGS),
                exercise("glute-kickback").primary());
        assertEquals(
                List.of(Target.HIPS, Target.PELVIS, Target.LOWER_BACK),
                exercise("hip-circles").primary());
        assertEquals(
                List.of(Target.QUADRICEPS, Target.GLUTES, Target.HAMSTRINGS),
                exercise("bodyweight-squat").primary());
    }

    @Test
    void warmUpMovesAreDynamicAndAfterTrainingStretchesAreStatic() {
        for (String id : List.of(
                "leg-swings",
                "walking-lunge-with-twist",
                "standing-roll-down",
                "glute-kickback",
                "hip-circles",
                "bodyweight-squat")) {
            assertTrue(exercise(id).kind().warmsUp(), id);
        }
        for (String id : List.of("reclining-single-leg-stretch", "legs-up-the-wall", "knees-to-chest", "childs-pose")) {
            assertEquals(ExerciseKind.STATIC_STRETCH, exercise(id).kind(), id);
        }
        for (String id : List.of(
                "glute-bridge", "bird-dog", "dead-bug", "plank", "lunge", "leg-curl", "back-squat", "deadlift")) {
            assertEquals(ExerciseKind.STRENGTH, exercise(id).kind(), id);
        }
        assertEquals(ExerciseKind.NERVE_GLIDE, exercise("sciatic-nerve-floss").kind());
    }

    @Test
    void sciaticNerveFlossTellsYouToSeeAClinicianForRadiatingPainOrNumbness() {
        String caution = exercise("sciatic-nerve-floss").cautionNote().orElseThrow();
        assertTrue(caution.contains("clinician"), caution);
        assertTrue(caution.contains("radiates down your leg"), caution);
        assertTrue(caution.contains("numbness"), caution);
    }

    @Test
    void everyExerciseHasAStartingPositionAndAKeyCue() {
        for (Exercise exercise : catalog.exercises()) {
            assertTrue(exercise.startingPosition() != null, exercise.id().value());
            assertTrue(exercise.keyCue().isPresent(), exercise.id().value());
        }
    }

    @Test
    void dosesTheArticleDoesNotGiveAreMarkedAsTheCatalogsChoice() {
        for (Program program : catalog.programs()) {
            for (Session session : program.sessions()) {
                for (Phase phase : session.phases()) {
                    for (ExerciseStep step : phase.exerciseSteps()) {
                        DoseSource expected =
                                phase.kind() == PhaseKind.WARM_UP ? DoseSource.ARTICLE : DoseSource.CATALOG;
                        assertEquals(
                                expected,
                                step.prescription().source(),
                                program.id() + " " + session.name() + " " + step.exercise());
                    }
                }
            }
        }
    }

    @Test
    void everyStepNamesACatalogExerciseWithADoseThatFitsItsSides() {
        for (Program program : catalog.programs()) {
            for (Session session : program.sessions()) {
                for (ExerciseStep step : session.exerciseSteps()) {
                    Exercise exercise = catalog.exercise(step.exercise()).orElseThrow();
                    ExerciseStep.checkLaterality(exercise, step.prescription());
                }
            }
        }
    }

    @Test
    void painFreeLegDayWarmsUpLiftsAndCoolsDownThenTrainsCoreLaterInTheWeek() {
        Program program = program("pain-free-leg-day");
        Session legDay = program.sessions().get(0);
        assertEquals(
                List.of(PhaseKind.WARM_UP, PhaseKind.MAIN, PhaseKind.COOL_DOWN),
                legDay.phases().stream().map(Phase::kind).toList());
        assertEquals(
                List.of("back-squat", "deadlift", "lunge", "leg-curl"),
                legDay.phase(PhaseKind.MAIN).orElseThrow().exerciseSteps().stream()
                        .map(s -> s.exercise().value())
                        .toList());
        Session core = program.sessions().get(1);
        assertEquals(Set.of(DayOfWeek.MONDAY), legDay.days());
        assertEquals(Set.of(DayOfWeek.THURSDAY), core.days());
        assertTrue(
                core.phase(PhaseKind.MAIN).orElseThrow().steps().get(0) instanceof dev.limber.domain.program.Circuit);
    }

    @Test
    void coreAndGluteStrengthIsACircuitOfTheArticlesFourMoves() {
        Phase main = program("core-and-glute-strength")
                .sessions()
                .get(0)
                .phase(PhaseKind.MAIN)
                .orElseThrow();
        assertEquals(1, main.steps().size());
        assertTrue(main.steps().get(0) instanceof dev.limber.domain.program.Circuit);
        assertEquals(
                List.of("glute-bridge", "bird-dog", "dead-bug", "plank"),
                main.exerciseSteps().stream().map(s -> s.exercise().value()).toList());
    }

    @Test
    void deskBreakIsAForwardFoldAndAHipHinge() {
        assertEquals(
                List.of("standing-forward-fold", "hip-hinge"),
                program("desk-break").sessions().get(0).exerciseSteps().stream()
                        .map(s -> s.exercise().value())
                        .toList());
    }

    @Test
    void lookupFindsBuiltInExercisesAndNothingElse() {
        ExerciseLookup lookup = ExerciseLookup.builtIn();
        assertEquals(
                Laterality.PER_SIDE,
                lookup.find(ExerciseId.of("leg-swings")).orElseThrow().laterality());
        assertFalse(lookup.find(ExerciseId.of("burpee")).isPresent());
    }
}
