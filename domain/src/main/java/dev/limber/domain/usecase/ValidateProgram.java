package dev.limber.domain.usecase;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.program.Program;
import dev.limber.domain.rules.Guidelines;
import dev.limber.domain.rules.RuleContext;
import dev.limber.domain.rules.ValidationReport;
import dev.limber.domain.timing.Timing;

/** Checks a program against the training guidelines and reports every finding. */
public final class ValidateProgram {
    private final ExerciseLookup exercises;
    private final Guidelines guidelines;
    private final Timing timing;

    public ValidateProgram(ExerciseLookup exercises, Guidelines guidelines, Timing timing) {
        this.exercises = Checks.required("exercises", exercises);
        this.guidelines = Checks.required("guidelines", guidelines);
        this.timing = Checks.required("timing", timing);
    }

    /** Against the stored catalog, with the default rules and pace. */
    public ValidateProgram(Exercises store) {
        this(ExerciseLookup.of(store), Guidelines.defaults(), Timing.standard());
    }

    public ValidationReport validate(Program program) {
        Checks.required("program", program);
        // A store is asked once for every exercise the program names, however many rules look.
        RuleContext context =
                new RuleContext(exercises.prefetch(program.exerciseIds()).cached(), timing);
        return new ValidationReport(program.id(), guidelines.evaluate(program, context));
    }
}
