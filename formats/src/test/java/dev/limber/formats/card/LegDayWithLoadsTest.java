package dev.limber.formats.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Program;
import dev.limber.domain.rules.Guidelines;
import dev.limber.domain.timeline.Segment;
import dev.limber.domain.timeline.Timeline;
import dev.limber.domain.timeline.TimelineOptions;
import dev.limber.domain.timing.Durations;
import dev.limber.domain.timing.Timing;
import dev.limber.domain.usecase.ValidateProgram;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in "Leg Day with Loads": validated, its card and timeline printed, and their figures
 * checked by hand below (3 s a rep, the default pace; ramp-up sets rest 1 min after each).
 */
class LegDayWithLoadsTest {
    private static final Program PROGRAM = BuiltInCatalog.LEG_DAY_WITH_LOADS;

    @Test
    void itFollowsEveryGuidelineAndEveryDoseIsTheCatalogsOrTheArticles() {
        var report = new ValidateProgram(ExerciseLookup.builtIn(), Guidelines.defaults(), Timing.standard())
                .validate(PROGRAM);
        assertEquals(List.of(), report.findings());
        for (ExerciseStep step : PROGRAM.sessions().get(0).exerciseSteps()) {
            assertTrue(
                    step.prescription().source() != DoseSource.USER,
                    step.exercise() + ": a built-in dose is the article's or the catalog's choice");
            // Relative loads or effort, never invented kilograms.
            step.prescription()
                    .loadOf()
                    .ifPresent(load -> assertTrue(load.text().endsWith("%"), load.text()));
        }
    }

    @Test
    void itsCardShowsTheRampUpAndTheHandCheckedTotal() {
        // Warm-up (the article's): 30 s × 2 legs + 1 min + 30 s + 1 min + 1 min + 1 min = 5 min 30 s.
        // Back squat: ramp-up 10 + 5 + 3 + 2 = 20 reps × 3 s = 1 min, + 4 × 1 min rest = 5 min;
        //   working sets 3 × 5 reps × 3 s = 45 s, + 2 × 3 min rest = 6 min 45 s; together 11 min 45 s.
        // Deadlift: 2 × 5 reps × 3 s = 30 s, + 1 × 3 min rest = 3 min 30 s.
        // Lunges: 8 reps × 3 s = 24 s, × 2 sides × 2 sets = 1 min 36 s, + 1 × 90 s rest = 3 min 6 s.
        // Plank: 2 × 45 s = 1 min 30 s, + 1 × 1 min rest = 2 min 30 s.
        // Main: 11 min 45 s + 3 min 30 s + 3 min 6 s + 2 min 30 s = 20 min 51 s.
        // Cool-down: 45 s × 2 legs + 2 min + 1 min = 4 min 30 s.
        // Whole session: 5 min 30 s + 20 min 51 s + 4 min 30 s = 30 min 51 s.
        var card = new dev.limber.domain.card.RoutineCards(ExerciseLookup.builtIn(), Timing.standard()).of(PROGRAM);
        String text = CardFormat.TEXT.render(card);
        System.out.println(text);
        assertEquals(Duration.parse("PT30M51S"), card.total());
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Total ≈ 30 min 51 s"), text);
        // A relative load: the ramp-up sets are shares of the working load (75 % of max).
        assertTrue(
                flat.contains("Back Squat: 5 reps × 3 sets at 75 % of max, 3 min rest*"
                        + " Ramp-up first: 10 reps, empty bar; 5 reps at 40 % of the working load; 3 reps at 60 %"
                        + " of the working load; 2 reps at 80 % of the working load; rest 1 min after each"),
                text);
    }

    @Test
    void itsTimelineRunsTheRampUpBeforeTheFirstSquatSet() {
        Timeline timeline = Timeline.of(
                PROGRAM.sessions().get(0), Timing.standard(), TimelineOptions.none(), ExerciseLookup.builtIn());
        for (Segment segment : timeline.segments()) {
            System.out.printf(
                    "%5d %5d %-8s %-5s %s%n",
                    segment.start().getSeconds(),
                    segment.end().getSeconds(),
                    segment.kind().externalName(),
                    segment.rampUp() ? "ramp" : "",
                    segment.label());
        }
        // Without pauses the timeline lasts what the card says: 30 min 51 s.
        assertEquals("30 min 51 s", Durations.human(timeline.total()));
        List<Segment> ramp =
                timeline.segments().stream().filter(Segment::rampUp).toList();
        assertEquals(8, ramp.size(), "four ramp-up sets, each with its rest");
        // The warm-up takes 5 min 30 s = 330 s: the first ramp-up set (10 reps × 3 s) runs 330–360 s.
        assertEquals(330, ramp.get(0).start().getSeconds());
        assertEquals(360, ramp.get(0).end().getSeconds());
        assertEquals(
                "Back Squat, ramp-up set 1 of 4: 10 reps, empty bar",
                ramp.get(0).label());
        assertEquals(
                "Back Squat, ramp-up set 4 of 4: 2 reps at 80 % of the working load",
                ramp.get(6).label());
        // 330 s + 5 min of ramp-up = 630 s: the first working set starts there.
        Segment firstSet = timeline.segments().get(timeline.segments().indexOf(ramp.get(7)) + 1);
        assertEquals(630, firstSet.start().getSeconds());
        assertEquals("Back Squat: 5 reps at 75 % of max, set 1 of 3", firstSet.label());
    }
}
