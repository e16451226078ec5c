package dev.limber.domain.usecase;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.deskbreak.DeskBreakPlan;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Timing;
import java.time.Duration;
import java.time.LocalTime;

/** Plans breaks from sitting through a working day, each with a short routine. */
public final class PlanDeskBreaks {
    private final Session routine;
    private final Timing timing;

    public PlanDeskBreaks(Session routine, Timing timing) {
        this.routine = Checks.required("routine", routine);
        this.timing = Checks.required("timing", timing);
    }

    /** With the built-in desk break: a standing forward fold and hip hinges. */
    public PlanDeskBreaks() {
        this(BuiltInCatalog.DESK_BREAK.sessions().get(0), Timing.standard());
    }

    /**
     * The breaks between {@code start} and {@code end}, every {@code interval} (30 to 60 minutes;
     * anything else is refused with an {@code InvalidValueException} naming the field and value).
     */
    public DeskBreakPlan plan(LocalTime start, LocalTime end, Duration interval) {
        return DeskBreakPlan.of(start, end, interval, routine, timing);
    }
}
