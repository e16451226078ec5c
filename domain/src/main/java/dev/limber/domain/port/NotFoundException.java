package dev.limber.domain.port;

import dev.limber.domain.DomainException;
import dev.limber.domain.Quote;

/** Nothing is stored under that id. */
public final class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("no " + what + " with id " + Quote.plain(String.valueOf(id)));
    }
}
