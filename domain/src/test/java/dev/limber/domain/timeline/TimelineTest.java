package dev.limber.domain.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.ExerciseId;
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
                        "walking-lunge-with-twist 60-120",
                        "standing-roll-down 120-150",
                        "glute-kickback 150-210",
                        "hip-circles 210-270",
                        "bodyweight-squat 270-330"),
                timeline.segments().stream().map(TimelineTest::describe).toList());
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
        assertEquals(Duration.ofSeconds(335), timeline.total());
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
