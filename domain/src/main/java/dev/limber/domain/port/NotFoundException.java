package dev.limber.domain.port;

import dev.limber.domain.DomainException;

/** Nothing is stored under that id. */
public final class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("no " + what + " with id " + id);
    }
}
