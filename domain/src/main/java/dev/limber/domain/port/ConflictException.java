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

    public Reason reason() {
        return reason;
    }

    /** The programs that still use an exercise, for {@link Reason#IN_USE}. */
    public List<String> programs() {
        return programs;
    }
}
