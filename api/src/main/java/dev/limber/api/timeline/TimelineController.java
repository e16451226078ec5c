package dev.limber.api.timeline;

import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.timeline.TimelineOptions;
import dev.limber.domain.usecase.BuildTimeline;
import dev.limber.domain.usecase.FindProgram;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** The guided-timer timeline of a stored program's session. */
@Controller("/api/v1/programs/{id}/timeline")
@ExecuteOn(TaskExecutors.BLOCKING)
final class TimelineController {
    private final FindProgram findProgram;
    private final BuildTimeline buildTimeline;

    TimelineController(FindProgram findProgram, BuildTimeline buildTimeline) {
        this.findProgram = findProgram;
        this.buildTimeline = buildTimeline;
    }

    /**
     * The session named by {@code session} (the first when absent), with a guided timer's usual
     * pauses: a 10 s get-ready countdown and 5 s to switch sides. 404 for an unknown session.
     */
    @Get
    TimelineView timeline(@PathVariable String id, @QueryValue @Nullable String session) {
        Program program = findProgram.byId(ProgramId.of(id)).value();
        return TimelineView.of(
                program.id().value(),
                buildTimeline.of(
                        program, session == null || session.isBlank() ? null : session, TimelineOptions.guided()));
    }
}
