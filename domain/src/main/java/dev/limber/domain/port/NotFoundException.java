package dev.limber.domain.port;

import dev.limber.domain.DomainException;
import dev.limber.domain.Quote;
import java.util.List;

/**
 * Nothing is stored under that id. {@link #nearest()} names the stored ids nearest to it, when
 * the use case looked (the adapters word them as "did you mean …?").
 */
public final class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final List<String> nearest;

    public NotFoundException(String what, Object id) {
        this(what, id, List.of());
    }

    public NotFoundException(String what, Object id, List<String> nearest) {
        super("no " + what + " with id " + Quote.plain(String.valueOf(id)));
        this.nearest = List.copyOf(nearest);
    }

    /** The stored ids nearest to the one asked for, nearest first; empty when none is near. */
    public List<String> nearest() {
        return nearest;
    }
}
