package dev.limber.domain.port;

import dev.limber.domain.DomainException;

/** The store cannot be reached now; the same call may succeed later. */
public final class StoreUnavailableException extends DomainException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
