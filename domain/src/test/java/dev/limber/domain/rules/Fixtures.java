package dev.limber.domain.rules;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import java.util.List;

/** Small programs built from the built-in exercises, so each test says only what it varies. */
final class Fixtures {
    static final RuleContext CONTEXT = RuleContext.of(ExerciseLookup.builtIn());

    private Fixtures() {}

    static Program program(Session... sessions) {
        Program.Builder builder = Program.builder("test-program", "Test program");
        for (Session session : sessions) {
            builder.session(session);
        }
        return builder.build();
    }

    static Program program(Phase... phases) {
        return program(Session.of("Leg day", phases));
    }

    static Phase warmUp(Step... steps) {
        return Phase.of(PhaseKind.WARM_UP, steps);
    }

    static Phase main(Step... steps) {
        return Phase.of(PhaseKind.MAIN, steps);
    }

    static Phase coolDown(Step... steps) {
        return Phase.of(PhaseKind.COOL_DOWN, steps);
    }

    static ExerciseStep step(Exercise exercise, Prescription prescription) {
        return ExerciseStep.of(exercise, prescription);
    }

    static ExerciseStep seconds(Exercise exercise, long seconds) {
        return ExerciseStep.of(exercise, Prescription.seconds(seconds));
    }

    static ExerciseStep eachSide(Exercise exercise, long seconds) {
        return ExerciseStep.of(exercise, Prescription.seconds(seconds).eachSide());
    }

    static List<Finding> findings(Rule rule, Program program) {
        return rule.evaluate(program, CONTEXT);
    }
}
