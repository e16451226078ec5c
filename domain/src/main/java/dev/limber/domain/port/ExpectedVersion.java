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

    /**
     * How a save meets what is stored, the same for every store and item: the stored version a
     * replace starts from, or empty when the save creates the item. Refuses with
     * {@link NotFoundException} when nothing is stored and this expects a version, and with a
     * {@link ConflictException} when something is stored and this expects nothing or another
     * version.
     *
     * @param current the stored version, or {@code null} when nothing is stored under the id
     */
    public OptionalLong judgeSave(String what, Object id, Long current) {
        if (current == null) {
            if (mode == Mode.EXACTLY) {
                throw new NotFoundException(what, id);
            }
            return OptionalLong.empty();
        }
        if (mode == Mode.ABSENT) {
            throw ConflictException.alreadyExists(what, id);
        }
        if (mode == Mode.EXACTLY && version != current) {
            throw ConflictException.stale(what, id, version, current);
        }
        return OptionalLong.of(current);
    }

    /**
     * Whether there is something to delete; refuses, as {@link #judgeSave} does, a delete that
     * expected a version when nothing is stored, or another version than the stored one.
     *
     * @param current the stored version, or {@code null} when nothing is stored under the id
     */
    public boolean judgeDelete(String what, Object id, Long current) {
        if (current == null) {
            if (mode == Mode.EXACTLY) {
                throw new NotFoundException(what, id);
            }
            return false;
        }
        if (mode == Mode.EXACTLY && version != current) {
            throw ConflictException.stale(what, id, version, current);
        }
        return true;
    }
}
