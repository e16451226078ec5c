package dev.limber.domain.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.NerveGlides;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Timing;
import dev.limber.domain.usecase.BuildTimeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private final BuildTimeline build = new BuildTimeline();

    private static Session quickWarmUp() {
        return BuiltInCatalog.QUICK_LEG_DAY_WARM_UP.sessions().get(0);
    }

    private static String describe(Segment s) {
        String what = s.kind() == SegmentKind.EXERCISE
                ? s.exercise().value()
                : s.kind().externalName();
        return what + (s.side() == null ? "" : " " + s.side().externalName()) + " "
                + s.start().getSeconds() + "-" + s.end().getSeconds();
    }

    @Test
    void quickWarmUpSwingsTheLeftLegThenTheRightThenRunsTheOtherFiveMoves() {
        Timeline timeline = build.of(quickWarmUp(), TimelineOptions.none());
        assertEquals(
                List.of(
                        "leg-swings left 0-30",
                        "leg-swings right 30-60",
                        "walking-lunge-with-twist alternate 60-120",
                        "standing-roll-down 120-150",
                        "glute-kickback left 150-180",
                        "glute-kickback right 180-210",
                        "hip-circles 210-270",
                        "bodyweight-squat 270-330"),
                timeline.segments().stream().map(TimelineTest::describe).toList());
    }

    @Test
    void aNerveGlideCarriesTheArticlesConditionAndItsCautionOnEverySegment() {
        Session session = Session.of(
                "Floss",
                Phase.of(
                        PhaseKind.COOL_DOWN,
                        ExerciseStep.of(
                                BuiltInCatalog.SCIATIC_NERVE_FLOSS,
                                Prescription.reps(10).eachSide()),
                        ExerciseStep.of(BuiltInCatalog.LEG_SWINGS, Prescription.seconds(30))));
        List<Segment> segments = build.of(session, TimelineOptions.none()).segments();
        List<Segment> floss = segments.stream()
                .filter(s -> BuiltInCatalog.SCIATIC_NERVE_FLOSS.id().equals(s.exercise()))
                .toList();
        assertEquals(2, floss.size(), segments.toString());
        for (Segment segment : floss) {
            assertTrue(segment.label().contains(NerveGlides.CONDITION), segment.label());
            assertTrue(
                    segment.label().contains(NerveGlides.caution(BuiltInCatalog.SCIATIC_NERVE_FLOSS)), segment.label());
        }
        segments.stream()
                .filter(s -> BuiltInCatalog.LEG_SWINGS.id().equals(s.exercise()))
                .forEach(s -> assertFalse(s.label().contains("nerve"), s.label()));
    }

    @Test
    void gluteKickbacksForAMinuteInAllSwitchLegsHalfway() {
        Timeline timeline = build.of(quickWarmUp(), TimelineOptions.guided());
        List<Segment> kickbacks = timeline.segments().stream()
                .filter(s -> BuiltInCatalog.GLUTE_KICKBACK.id().equals(s.exercise()))
                .toList();
        assertEquals(
                List.of("glute-kickback left 165-195", "switch-sides right 195-200", "glute-kickback right 200-230"),
                kickbacks.stream().map(TimelineTest::describe).toList());
        assertEquals(
                List.of(
                        "Glute Kickbacks, left side: 30 s",
                        "Halfway: switch to the right side for Glute Kickbacks",
                        "Glute Kickbacks, right side: 30 s"),
                kickbacks.stream().map(Segment::label).toList());
    }

    @Test
    void aDoseForBothSidesTogetherSplitsAtTheHalfTheLeftTakingTheOddOne() {
        Session session = Session.of(
                "Odd",
                Phase.of(
                        PhaseKind.WARM_UP,
                        ExerciseStep.of(BuiltInCatalog.GLUTE_KICKBACK, Prescription.reps(11)),
                        ExerciseStep.of(BuiltInCatalog.LEG_SWINGS, Prescription.seconds(45)),
                        ExerciseStep.of(BuiltInCatalog.GLUTE_KICKBACK, Prescription.reps(1))));
        List<Segment> segments = build.of(session, TimelineOptions.none()).segments();
        assertEquals(
                List.of(
                        "glute-kickback left 0-18",
                        "glute-kickback right 18-33",
                        "leg-swings left 33-56",
                        "leg-swings right 56-78",
                        "glute-kickback 78-81"),
                segments.stream().map(TimelineTest::describe).toList());
        assertEquals(6, segments.get(0).reps());
        assertEquals(5, segments.get(1).reps());
        assertEquals("Glute Kickbacks: 1 rep", segments.get(4).label());
    }

    @Test
    void birdDogsAndDeadBugsAlternateInOneSegmentNeverTwoBlocks() {
        Timeline timeline = build.of(BuiltInCatalog.CORE_AND_GLUTE_STRENGTH, null, TimelineOptions.guided());
        for (var exercise : List.of(BuiltInCatalog.BIRD_DOG, BuiltInCatalog.DEAD_BUG)) {
            List<Segment> segments = timeline.segments().stream()
                    .filter(s -> exercise.id().equals(s.exercise()))
                    .toList();
            assertEquals(3, segments.size(), "one segment a round: " + segments);
            for (Segment segment : segments) {
                assertEquals(SegmentKind.EXERCISE, segment.kind());
                assertEquals(Side.ALTERNATE, segment.side());
                assertEquals(16, segment.reps(), "8 reps each side, in turn");
                assertEquals(Duration.ofSeconds(48), segment.duration());
            }
            assertEquals(
                    exercise.name() + ", alternating sides: 8 reps each side, round 2 of 3",
                    segments.get(1).label());
        }
        assertEquals(
                Timing.standard()
                        .of(BuiltInCatalog.CORE_AND_GLUTE_STRENGTH.sessions().get(0))
                        .plusSeconds(10 + 5 * 3),
                timeline.total(),
                "switch pauses only for leg swings and the reclining stretch (per side), and the halfway"
                        + " switch of the kickbacks; none for alternating moves");
    }

    @Test
    void segmentLabelsReadAsSentences() {
        Timeline legDay = build.of(BuiltInCatalog.PAIN_FREE_LEG_DAY, "Leg day", TimelineOptions.guided());
        List<String> labels = legDay.segments().stream().map(Segment::label).toList();
        assertEquals("Get ready for Leg Swings", labels.get(0));
        assertEquals("Leg Swings, left side: 30 s", labels.get(1));
        assertEquals("Switch to the right side for Leg Swings", labels.get(2));
        assertEquals("Walking Lunges with a Twist, alternating sides: 1 min", labels.get(4));
        int squat = labels.indexOf("Back Squat: 8 reps, RPE 7, set 1 of 3");
        assertTrue(squat > 0, labels.toString());
        assertEquals("Rest 2 min before set 2 of Back Squat", labels.get(squat + 1));
        assertEquals("Back Squat: 8 reps, RPE 7, set 2 of 3", labels.get(squat + 2));
        assertTrue(labels.contains("Lunges, right side: 10 reps, RPE 7, set 3 of 3"), labels.toString());
        assertTrue(labels.contains("Rest 1 min 30 s before set 2 of Lunges"), labels.toString());

        List<String> core =
                build.of(BuiltInCatalog.CORE_AND_GLUTE_STRENGTH, null, TimelineOptions.none()).segments().stream()
                        .map(Segment::label)
                        .toList();
        assertTrue(core.contains("Rest 1 min before round 2 of Core and glutes"), core.toString());
        assertTrue(core.contains("Glute Bridges: 12 reps, round 3 of 3"), core.toString());
        assertTrue(core.contains("Plank: 30 s, round 1 of 3"), core.toString());
    }

    @Test
    void anExerciseTheLookupLacksIsNamedByItsIdAndRunsAsItsDoseSays() {
        Session session = Session.of(
                "Mystery",
                Phase.of(
                        PhaseKind.MAIN,
                        ExerciseStep.of("burpee", Prescription.reps(10).eachSide())));
        List<Segment> segments = build.of(session, TimelineOptions.none()).segments();
        assertEquals("burpee, left side: 10 reps", segments.get(0).label());
        assertEquals(Side.RIGHT, segments.get(1).side());
    }

    @Test
    void withoutExtraPausesTheTimelineLastsWhatTimingSays() {
        for (Program program : BuiltInCatalog.catalog().programs()) {
            for (Session session : program.sessions()) {
                assertEquals(
                        Timing.standard().of(session),
                        build.of(session, TimelineOptions.none()).total(),
                        program.id() + " " + session.name());
            }
        }
    }

    @Test
    void segmentsAreContiguousFromZero() {
        Timeline timeline = build.of(BuiltInCatalog.PAIN_FREE_LEG_DAY, "Core and glutes", TimelineOptions.guided());
        Duration at = Duration.ZERO;
        for (Segment segment : timeline.segments()) {
            assertEquals(at, segment.start());
            at = segment.end();
        }
        assertEquals(at, timeline.total());
    }

    @Test
    void aSwitchSidesPauseSitsBetweenLeftAndRight() {
        Timeline timeline = build.of(quickWarmUp(), TimelineOptions.none().withSwitchSides(Duration.ofSeconds(5)));
        assertEquals(
                List.of("leg-swings left 0-30", "switch-sides right 30-35", "leg-swings right 35-65"),
                timeline.segments().subList(0, 3).stream()
                        .map(TimelineTest::describe)
                        .toList());
        assertEquals(Duration.ofSeconds(340), timeline.total(), "leg swings and the kickbacks' halfway switch");
    }

    @Test
    void aGetReadyCountdownComesFirst() {
        Timeline timeline = build.of(quickWarmUp(), TimelineOptions.none().withGetReady(Duration.ofSeconds(10)));
        Segment first = timeline.segments().get(0);
        assertEquals(SegmentKind.GET_READY, first.kind());
        assertEquals(Duration.ofSeconds(10), first.end());
        assertEquals(PhaseKind.WARM_UP, first.phase());
        assertEquals(Duration.ofSeconds(340), timeline.total());
    }

    @Test
    void setsRunInOrderWithRestBetweenButNotAfterTheLast() {
        Session lunges = Session.of(
                "Lunges",
                Phase.of(
                        PhaseKind.MAIN,
                        ExerciseStep.of(
                                BuiltInCatalog.LUNGE,
                                Prescription.reps(10).eachSide().sets(2).rest(Duration.ofSeconds(60)))));
        List<Segment> segments = build.of(lunges, TimelineOptions.none()).segments();
        List<String> shape = new ArrayList<>();
        for (Segment s : segments) {
            shape.add(s.kind().externalName()
                    + (s.side() == null ? "" : " " + s.side().externalName()) + " set " + s.set());
        }
        assertEquals(
                List.of(
                        "exercise left set 1",
                        "exercise right set 1",
                        "rest set 1",
                        "exercise left set 2",
                        "exercise right set 2"),
                shape);
        assertEquals(10, segments.get(0).reps());
        assertEquals(Duration.ofSeconds(30), segments.get(0).duration(), "10 reps at the standard 3 s a rep");
    }

    @Test
    void circuitsUnrollRoundByRoundWithRestBetweenRounds() {
        Circuit circuit = Circuit.of(
                "Core",
                2,
                Duration.ofSeconds(45),
                ExerciseStep.of(BuiltInCatalog.GLUTE_BRIDGE, Prescription.reps(10)),
                ExerciseStep.of(BuiltInCatalog.PLANK, Prescription.seconds(30)));
        Timeline timeline = build.of(Session.of("Core", Phase.of(PhaseKind.MAIN, circuit)), TimelineOptions.none());
        List<String> shape = new ArrayList<>();
        for (Segment s : timeline.segments()) {
            shape.add((s.exercise() == null
                            ? s.kind().externalName()
                            : s.exercise().value()) + " round " + s.round());
        }
        assertEquals(
                List.of(
                        "glute-bridge round 1",
                        "plank round 1",
                        "rest round 1",
                        "glute-bridge round 2",
                        "plank round 2"),
                shape);
        assertEquals(Duration.ofSeconds(30 + 30 + 45 + 30 + 30), timeline.total());
    }

    @Test
    void theSegmentRunningAtAMomentCanBeFound() {
        Timeline timeline = build.of(quickWarmUp(), TimelineOptions.none());
        assertEquals(
                ExerciseId.of("walking-lunge-with-twist"),
                timeline.at(Duration.ofSeconds(60)).orElseThrow().exercise());
        assertTrue(timeline.at(Duration.ofSeconds(330)).isEmpty());
    }

    @Test
    void askingForASessionTheProgramLacksFails() {
        assertThrows(
                NotFoundException.class,
                () -> build.of(BuiltInCatalog.PAIN_FREE_LEG_DAY, "Arm day", TimelineOptions.none()));
    }

    @Test
    void aNegativePauseIsRefusedNamingTheField() {
        InvalidValueException refused = assertThrows(
                InvalidValueException.class, () -> TimelineOptions.none().withSwitchSides(Duration.ofSeconds(-5)));
        assertEquals("switchSides", refused.field());
    }
}
