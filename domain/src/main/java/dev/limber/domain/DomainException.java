package dev.limber.domain;

/**
 * Base of every error the domain raises on purpose. Adapters map its subtypes to exit codes
 * and HTTP statuses; anything else reaching them is a bug.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
