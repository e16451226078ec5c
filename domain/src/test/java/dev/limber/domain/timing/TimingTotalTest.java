package dev.limber.domain.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A step's length is added up without its explanation (rules and the warm-up builder time
 * thousands of steps): it must be the total the explanation shows, for every kind of step the
 * built-in programs hold (timed, reps, per side, sets with rests, circuits, ramp-up sets).
 */
class TimingTotalTest {
    @Test
    void everyBuiltInStepLastsWhatItsExplanationAddsUpTo() {
        Timing timing = Timing.standard();
        List<Step> steps = new ArrayList<>();
        for (Program program : BuiltInCatalog.catalog().programs()) {
            for (Session session : program.sessions()) {
                for (Phase phase : session.phases()) {
                    steps.addAll(phase.steps());
                }
            }
        }
        assertFalse(steps.isEmpty());
        for (Step step : steps) {
            StepTime explained = timing.explain(step);
            assertEquals(explained.total(), timing.of(step), explained.explanation());
        }
    }
}
