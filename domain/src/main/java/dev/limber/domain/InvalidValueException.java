package dev.limber.domain;

/**
 * A value refused at construction. The message always names the field and the value, so a
 * caller can point a user at what to fix; {@link #field()} gives the field alone for adapters
 * that locate it (a JSON pointer, a file position).
 */
public final class InvalidValueException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final transient Object value;

    public InvalidValueException(String field, Object value, String problem) {
        super(field + " " + problem + " (was " + render(value) + ")");
        this.field = field;
        this.value = value;
    }

    /** The field that was refused, as named in the model ({@code name}, {@code prescription.sets}). */
    public String field() {
        return field;
    }

    /** The refused value, possibly {@code null}. */
    public Object value() {
        return value;
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    }
}
