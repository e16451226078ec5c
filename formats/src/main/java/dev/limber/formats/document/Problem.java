package dev.limber.formats.document;

import java.util.Objects;

/**
 * One thing wrong with a document, and where: a file (or other source such as
 * {@code request body}), a 1-based line and column when known (0 when not), and a JSON pointer
 * into the document ({@code /programs/0/sessions/0/name}; empty for the whole document).
 *
 * <p>{@link #toString()} is the form a terminal shows: {@code SOURCE:LINE:COLUMN: message}, or
 * {@code SOURCE:POINTER: message} when no line is known.
 */
public record Problem(String source, int line, int column, String pointer, String message) {
    public Problem {
        source = source == null ? "" : source;
        pointer = pointer == null ? "" : pointer;
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /** A problem known only by its pointer. */
    public static Problem at(String source, String pointer, String message) {
        return new Problem(source, 0, 0, pointer, message);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /**
     * Where it is, the way terminals and editors link it: {@code SOURCE:LINE:COLUMN} (or
     * {@code SOURCE:LINE}), {@code SOURCE:POINTER} when no line is known, else {@code SOURCE}.
     * The one place Limber formats a position.
     */
    public String place() {
        if (line > 0) {
            return source + ":" + line + (column > 0 ? ":" + column : "");
        }
        return pointer.isEmpty() ? source : source + ":" + pointer;
    }

    /** The same problem with another pointer, e.g. its place in a merged catalog rather than in its item. */
    public Problem withPointer(String other) {
        return new Problem(source, line, column, other, message);
    }

    /** The problem as a terminal shows it: {@code SOURCE:LINE:COLUMN: message}. */
    @Override
    public String toString() {
        return place() + ": " + message;
    }
}
