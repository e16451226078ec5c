package dev.limber.domain.usecase;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.plan.Plan;
import dev.limber.domain.plan.PlanRequest;
import dev.limber.domain.plan.PlannedWeek;
import dev.limber.domain.port.Programs;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;

/**
 * Works out the concrete sessions of one week of a stored program ({@link Plan}); stores nothing.
 * An unknown program id is refused with the nearest stored ones.
 */
public final class PlanWeek {
    private final FindProgram programs;

    public PlanWeek(Programs programs) {
        this.programs = new FindProgram(Checks.required("programs", programs));
    }

    /**
     * What a week is planned with: the stored program and the request (week, session, maxes,
     * missed targets, unit, plates), which validates itself.
     */
    public record Command(ProgramId program, PlanRequest request) {
        public Command {
            Checks.required("program", program);
            Checks.required("request", request);
        }

        /** Week {@code week} of every session of {@code program}. */
        public static Command week(ProgramId program, int week) {
            return new Command(program, PlanRequest.week(week));
        }
    }

    public PlannedWeek plan(Command command) {
        Checks.required("command", command);
        return Plan.week(programs.byId(command.program()).value(), command.request());
    }

    /** The same for a program at hand (a document not stored). */
    public static PlannedWeek plan(Program program, PlanRequest request) {
        return Plan.week(program, request);
    }
}
