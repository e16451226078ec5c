package dev.limber.domain.usecase;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timeline.Timeline;
import dev.limber.domain.timeline.TimelineOptions;
import dev.limber.domain.timing.Timing;

/** Turns a session into a guided timer's segments. */
public final class BuildTimeline {
    private final Timing timing;

    public BuildTimeline(Timing timing) {
        this.timing = Checks.required("timing", timing);
    }

    /** With the standard pace of three seconds a rep. */
    public BuildTimeline() {
        this(Timing.standard());
    }

    public Timeline of(Session session, TimelineOptions options) {
        return Timeline.of(session, timing, options);
    }

    /**
     * The timeline of a program's session by name (the first when {@code sessionName} is null);
     * {@link NotFoundException} when the program has no such session.
     */
    public Timeline of(Program program, String sessionName, TimelineOptions options) {
        Checks.required("program", program);
        Session session = program.session(sessionName).orElseThrow(() -> new NotFoundException("session", sessionName));
        return of(session, options);
    }
}
