package dev.limber.persistence.program;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * The rows below a program: tags, sessions, phases, steps and step items, each keyed by the
 * program and its numbers (positions in the program's lists, from 0).
 */
final class ProgramTreeRows {
    /**
     * Step items' dose kinds: timed (amount in seconds), reps (amount in reps) or a distance
     * (amount in whole metres, the distance as written in its own column).
     */
    static final String TIMED = "T";

    static final String REPS = "R";

    static final String DISTANCE = "D";

    private ProgramTreeRows() {}

    @MappedEntity("program_tag")
    record TagRow(@EmbeddedId Key id, String tag) {
        @Embeddable
        record Key(
                @MappedProperty("program_id") String programId,
                @MappedProperty("position") int position) {}
    }

    /** {@code days}: weekdays as {@code mon,thu}, empty when the session has none. */
    @MappedEntity("program_session")
    record SessionRow(@EmbeddedId Key id, String name, String days) {
        @Embeddable
        record Key(
                @MappedProperty("program_id") String programId,
                @MappedProperty("session_no") int sessionNo) {}
    }

    @MappedEntity("program_phase")
    record PhaseRow(@EmbeddedId Key id, String kind) {
        @Embeddable
        record Key(
                @MappedProperty("program_id") String programId,
                @MappedProperty("session_no") int sessionNo,
                @MappedProperty("phase_no") int phaseNo) {}
    }

    /** A single exercise (no circuit name, one item) or a circuit of items done in rounds. */
    @MappedEntity("program_step")
    record StepRow(
            @EmbeddedId Key id,
            @Nullable String circuitName,
            @Nullable Integer rounds,
            @Nullable Integer roundRestS) {
        @Embeddable
        record Key(
                @MappedProperty("program_id") String programId,
                @MappedProperty("session_no") int sessionNo,
                @MappedProperty("phase_no") int phaseNo,
                @MappedProperty("step_no") int stepNo) {}
    }

    @MappedEntity("program_step_item")
    record ItemRow(
            @EmbeddedId Key id,
            String exerciseId,
            String doseKind,
            int amount,
            int sets,
            int restS,
            boolean perSide,
            @Nullable Integer holdS,
            String doseSource,
            @Nullable String note,
            @Nullable String distance,
            boolean amrap,
            @Nullable String loadSpec,
            @Nullable java.math.BigDecimal rpe,
            @Nullable Integer rir,
            @Nullable String tempo,
            @Nullable String progression,
            @Nullable String rampUp) {
        @Embeddable
        record Key(
                @MappedProperty("program_id") String programId,
                @MappedProperty("session_no") int sessionNo,
                @MappedProperty("phase_no") int phaseNo,
                @MappedProperty("step_no") int stepNo,
                @MappedProperty("item_no") int itemNo) {}
    }
}
