package dev.limber.domain.port;

import dev.limber.domain.DomainException;
import java.util.List;

/**
 * A write that would break what is stored: an id that already exists, an exercise still used by
 * programs (named in {@link #programs()}), or a version that another writer has replaced.
 */
public final class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** Why the write was refused. */
    public enum Reason {
        ALREADY_EXISTS,
        IN_USE,
        STALE_VERSION,
        UNKNOWN_REFERENCE
    }

    private final Reason reason;
    private final List<String> programs;

    public ConflictException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public ConflictException(Reason reason, String message, List<String> programs) {
        super(message);
        this.reason = reason;
        this.programs = List.copyOf(programs);
    }

    /** {@code what} ("exercise", "program") under that id exists already. */
    public static ConflictException alreadyExists(String what, Object id) {
        return new ConflictException(Reason.ALREADY_EXISTS, what + " " + id + " already exists");
    }

    /** The writer expected another version than the one stored. */
    public static ConflictException stale(String what, Object id, long expected, long current) {
        return new ConflictException(
                Reason.STALE_VERSION,
                what + " " + id + " was changed by someone else (you had version " + expected + ", it is now " + current
                        + ")");
    }

    /** The item the writer read was deleted by another writer before the write. */
    public static ConflictException deletedMeanwhile(String what, Object id, long expected) {
        return new ConflictException(
                Reason.STALE_VERSION,
                what + " " + id + " was deleted by someone else (you had version " + expected + ")");
    }

    /**
     * An exercise that others name as what they are a variation of ({@link Reason#IN_USE}):
     * deleting it would leave their links dangling, so it stays until they are unlinked or gone.
     */
    public static ConflictException hasVariations(Object id, List<String> variations) {
        return new ConflictException(
                Reason.IN_USE,
                "exercise " + id + " has variations that link to it (variationOf): " + String.join(", ", variations));
    }

    public Reason reason() {
        return reason;
    }

    /** The programs that still use an exercise, for {@link Reason#IN_USE}. */
    public List<String> programs() {
        return programs;
    }
}
