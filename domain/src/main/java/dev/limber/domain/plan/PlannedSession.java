package dev.limber.domain.plan;

import java.util.List;

/** One session of a planned week, its steps in order. */
public record PlannedSession(String name, List<PlannedStep> steps) {
    public PlannedSession {
        steps = List.copyOf(steps);
    }
}
