package dev.limber.formats.finding;

/** A language asked for by name that Limber cannot word findings in; the message says which it can. */
public final class NotALanguageException extends IllegalArgumentException {
    public NotALanguageException(String message) {
        super(message);
    }
}
