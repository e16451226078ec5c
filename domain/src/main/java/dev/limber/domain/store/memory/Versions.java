package dev.limber.domain.store.memory;

import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.NotFoundException;

/**
 * How a write meets the version stored, for exercises and programs alike, with the database
 * adapter's refusals and wording.
 */
final class Versions {
    private Versions() {}

    /**
     * The version a save leaves: 1 for a new item, one more than the stored one otherwise.
     *
     * @param current the stored version, or {@code null} when nothing is stored under the id
     */
    static long next(String what, Object id, Long current, ExpectedVersion expected) {
        if (current == null) {
            if (expected.mode() == ExpectedVersion.Mode.EXACTLY) {
                throw new NotFoundException(what, id);
            }
            return 1L;
        }
        if (expected.mode() == ExpectedVersion.Mode.ABSENT) {
            throw new ConflictException(ConflictException.Reason.ALREADY_EXISTS, what + " " + id + " already exists");
        }
        long base = expected.exact().orElse(current);
        if (base != current) {
            throw stale(what, id, base, current);
        }
        return base + 1;
    }

    /** Whether there is something to delete; refuses a delete that expected another version. */
    static boolean deletable(String what, Object id, Long current, ExpectedVersion expected) {
        if (current == null) {
            if (expected.mode() == ExpectedVersion.Mode.EXACTLY) {
                throw new NotFoundException(what, id);
            }
            return false;
        }
        if (expected.exact().isPresent() && expected.exact().getAsLong() != current) {
            throw stale(what, id, expected.exact().getAsLong(), current);
        }
        return true;
    }

    private static ConflictException stale(String what, Object id, long expected, long current) {
        return new ConflictException(
                ConflictException.Reason.STALE_VERSION,
                what + " " + id + " was changed by someone else (you had version " + expected + ", it is now " + current
                        + ")");
    }
}
