package dev.limber.domain.usecase;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timeline.Timeline;
import dev.limber.domain.timeline.TimelineOptions;
import dev.limber.domain.timing.Timing;

/**
 * Turns a session into a guided timer's segments, naming and siding each exercise as the
 * exercises it is given say.
 */
public final class BuildTimeline {
    private final Timing timing;
    private final ExerciseLookup exercises;

    public BuildTimeline(Timing timing, ExerciseLookup exercises) {
        this.timing = Checks.required("timing", timing);
        this.exercises = Checks.required("exercises", exercises);
    }

    /** With the standard pace of three seconds a rep, over the built-in catalog's exercises. */
    public BuildTimeline() {
        this(Timing.standard(), ExerciseLookup.builtIn());
    }

    public Timeline of(Session session, TimelineOptions options) {
        return Timeline.of(session, timing, options, exercises);
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
