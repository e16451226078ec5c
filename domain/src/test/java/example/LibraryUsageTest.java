package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.rules.Finding;
import dev.limber.domain.rules.Guidelines;
import dev.limber.domain.rules.Location;
import dev.limber.domain.rules.PlacedStep;
import dev.limber.domain.rules.Rule;
import dev.limber.domain.rules.RuleContext;
import dev.limber.domain.rules.Severity;
import dev.limber.domain.rules.ValidationReport;
import dev.limber.domain.timeline.Segment;
import dev.limber.domain.timeline.Side;
import dev.limber.domain.timeline.Timeline;
import dev.limber.domain.timeline.TimelineOptions;
import dev.limber.domain.timing.Timing;
import dev.limber.domain.usecase.BuildTimeline;
import dev.limber.domain.usecase.ValidateProgram;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/library.md, compiled and run by the build. It lives outside
 * {@code dev.limber.domain} and uses exported packages only, as an embedding app would.
 */
class LibraryUsageTest {

    // --8<-- [start:custom-rule]
    /** An app's own guideline: a session should not run longer than an hour. */
    static final class SessionUnderAnHour implements Rule {
        @Override
        public String id() {
            return "session-under-an-hour";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String rationale() {
            return "Long sessions are the ones that get skipped.";
        }

        @Override
        public List<Finding> evaluate(Program program, RuleContext context) {
            List<Finding> findings = new ArrayList<>();
            for (Session session : program.sessions()) {
                Duration length = context.timing().of(session);
                if (length.compareTo(Duration.ofHours(1)) > 0) {
                    findings.add(Finding.of(this, Location.session(session.name()), "takes " + length));
                }
            }
            return findings;
        }
    }
    // --8<-- [end:custom-rule]

    @Test
    void anotherAppBuildsValidatesTimesAndExtendsAProgram() {
        // --8<-- [start:build]
        // An exercise of the app's own, beside the built-in catalog.
        Exercise monsterWalk = Exercise.builder("monster-walk", "Monster Walk")
                .kind(ExerciseKind.DYNAMIC)
                .laterality(Laterality.ALTERNATING)
                .primary(Target.ABDUCTORS, Target.GLUTES)
                .equipment("mini band")
                .cues("Band above the knees, walk in a half squat")
                .build();
        ExerciseLookup exercises = ExerciseLookup.of(List.of(monsterWalk)).orElse(ExerciseLookup.builtIn());

        Program program = Program.builder("my-leg-day", "My Leg Day")
                .tags("leg-day")
                .session(Session.of(
                                "Leg day",
                                Phase.of(
                                        PhaseKind.WARM_UP,
                                        ExerciseStep.of(
                                                BuiltInCatalog.LEG_SWINGS,
                                                Prescription.seconds(30).eachSide()),
                                        ExerciseStep.of(monsterWalk, Prescription.seconds(60)),
                                        ExerciseStep.of(BuiltInCatalog.BODYWEIGHT_SQUAT, Prescription.seconds(90)),
                                        ExerciseStep.of(BuiltInCatalog.HIP_CIRCLES, Prescription.seconds(60))),
                                Phase.of(
                                        PhaseKind.MAIN,
                                        ExerciseStep.of(
                                                BuiltInCatalog.BACK_SQUAT,
                                                Prescription.reps(8).sets(3).rest(Duration.ofMinutes(2)))),
                                Phase.of(
                                        PhaseKind.COOL_DOWN,
                                        ExerciseStep.of(BuiltInCatalog.LEGS_UP_THE_WALL, Prescription.seconds(120))))
                        .on(DayOfWeek.MONDAY))
                .build();
        // --8<-- [end:build]

        // --8<-- [start:validate]
        ValidateProgram validate = new ValidateProgram(exercises, Guidelines.defaults(), Timing.standard());
        ValidationReport report = validate.validate(program);
        for (Finding finding : report.findings()) {
            System.out.println(finding); // e.g. "info posterior-chain-balance program: the program trains ..."
        }
        // --8<-- [end:validate]
        // The warm-up lasts 4 min 30 s (under the article's 5-10 min), and nothing trains the core.
        assertEquals(
                List.of("warm-up-duration", "posterior-chain-balance"),
                report.findings().stream().map(Finding::ruleId).toList());
        assertEquals(
                List.of(Severity.WARNING, Severity.INFO),
                report.findings().stream().map(Finding::severity).toList());
        assertTrue(!report.passes() && !report.hasErrors());

        // --8<-- [start:timeline]
        Timeline timeline = new BuildTimeline()
                .of(program, "Leg day", TimelineOptions.none().withSwitchSides(Duration.ofSeconds(5)));
        Segment first = timeline.segments().get(0); // leg swings, left leg, 0 s to 30 s
        Segment third = timeline.segments().get(2); // leg swings, right leg, 35 s to 65 s
        // --8<-- [end:timeline]
        assertEquals(Side.LEFT, first.side());
        assertEquals(Side.RIGHT, third.side());
        assertEquals(Duration.ofSeconds(35), third.start());
        assertEquals(Timing.standard().of(program).plusSeconds(5), timeline.total());

        // --8<-- [start:configure]
        Guidelines mine = Guidelines.defaults()
                .with(new SessionUnderAnHour()) // add a rule
                .without("posterior-chain-balance") // switch one off
                .severity("cool-down-missing", Severity.WARNING); // make one stricter
        List<Finding> findings = mine.evaluate(program, new RuleContext(exercises, Timing.standard()));
        // --8<-- [end:configure]
        assertEquals(
                List.of("warm-up-duration"),
                findings.stream().map(Finding::ruleId).toList());
        assertEquals(6, PlacedStep.in(program).size());
    }
}
