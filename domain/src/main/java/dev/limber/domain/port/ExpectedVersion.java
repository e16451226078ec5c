package dev.limber.domain.port;

import java.util.OptionalLong;

/**
 * What a writer expects to find: anything (last write wins, for imports that replace), nothing
 * (create only), or exactly the version it read (optimistic locking).
 */
public record ExpectedVersion(Mode mode, long version) {
    /** How a writer expects what is stored. */
    public enum Mode {
        ANY,
        ABSENT,
        EXACTLY
    }

    public static ExpectedVersion any() {
        return new ExpectedVersion(Mode.ANY, 0);
    }

    public static ExpectedVersion absent() {
        return new ExpectedVersion(Mode.ABSENT, 0);
    }

    public static ExpectedVersion exactly(long version) {
        return new ExpectedVersion(Mode.EXACTLY, version);
    }

    public OptionalLong exact() {
        return mode == Mode.EXACTLY ? OptionalLong.of(version) : OptionalLong.empty();
    }
}
