package dev.limber.api.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.api.openapi.ApiDocs;
import dev.limber.domain.timeline.Segment;
import dev.limber.domain.timeline.Timeline;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A session as a guided timer's segments; times are seconds from the session's start, so an app
 * runs it with one clock.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TimelineView(String program, String session, long totalSeconds, List<SegmentView> segments) {

    /** One segment; fields that do not apply are left out. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SegmentView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            long start,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            long end,

            @Schema(ref = ApiDocs.SEGMENT_KIND, requiredMode = Schema.RequiredMode.REQUIRED)
            String kind,

            @Schema(ref = ApiDocs.PHASE_KIND, requiredMode = Schema.RequiredMode.REQUIRED)
            String phase,

            Integer step,
            String exercise,
            @Schema(ref = ApiDocs.SIDE) String side,
            Integer set,
            Integer round,
            Integer reps,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "What to do, as a sentence a timer can show or say, e.g. `Rest 2 min"
                            + " before set 2 of Back Squat`.")
            String label,

            @Schema(
                    description = "Present and true on a ramp-up set of a lift and the rest after it: the lighter"
                            + " warm-up sets before its first working set (`set` then counts the ramp-up sets)."
                            + " Left out otherwise.")
            Boolean rampUp) {}

    public static TimelineView of(String program, Timeline timeline) {
        return new TimelineView(
                program,
                timeline.session(),
                timeline.total().getSeconds(),
                timeline.segments().stream().map(TimelineView::segment).toList());
    }

    private static SegmentView segment(Segment s) {
        return new SegmentView(
                s.start().getSeconds(),
                s.end().getSeconds(),
                s.kind().externalName(),
                s.phase().externalName(),
                s.step(),
                s.exercise() == null ? null : s.exercise().value(),
                s.side() == null ? null : s.side().externalName(),
                s.set() == 0 ? null : s.set(),
                s.round() == 0 ? null : s.round(),
                s.reps(),
                s.label(),
                s.rampUp() ? Boolean.TRUE : null);
    }
}
