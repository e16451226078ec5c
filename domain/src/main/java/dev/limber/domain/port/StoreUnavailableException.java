package dev.limber.domain.port;

import dev.limber.domain.DomainException;
import java.util.Optional;

/**
 * The store cannot be reached now; the same call may succeed later. A store that knows what the
 * user can do about it (another process holds the database file, say) says so in
 * {@link #remedy()}.
 */
public final class StoreUnavailableException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String remedy;

    public StoreUnavailableException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public StoreUnavailableException(String message, Throwable cause, String remedy) {
        super(message, cause);
        this.remedy = remedy;
    }

    /** What to do about it, in a sentence, when the store can tell. */
    public Optional<String> remedy() {
        return Optional.ofNullable(remedy);
    }
}
