package dev.limber.domain;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A value refused at construction. The message always names the field and the value (a short
 * prefix of it, by {@link Quote}), so a caller can point a user at what to fix. A record of the model names its field as a
 * {@link ModelField} (with the item's index for a list), which adapters map to their own names;
 * {@link #field()} is the same field as text, for messages and for parameters outside the model.
 */
public final class InvalidValueException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final ModelField modelField;
    private final Integer index;
    private final transient Object value;

    /** A refusal of something outside the model's records: a parameter, an option, a setting. */
    public InvalidValueException(String field, Object value, String problem) {
        this(field, null, null, value, problem);
    }

    /** A refusal of a field of the model. */
    public InvalidValueException(ModelField field, Object value, String problem) {
        this(field.modelName(), field, null, value, problem);
    }

    /** A refusal of one item of a list field of the model ({@code cues[2]}). */
    public InvalidValueException(ModelField field, int index, Object value, String problem) {
        this(field.modelName() + "[" + index + "]", field, index, value, problem);
    }

    private InvalidValueException(String field, ModelField modelField, Integer index, Object value, String problem) {
        super(field + " " + problem + " (was " + render(value) + ")");
        this.field = field;
        this.modelField = modelField;
        this.index = index;
        this.value = value;
    }

    /** The field that was refused, as messages name it ({@code name}, {@code cues[0]}, {@code interval}). */
    public String field() {
        return field;
    }

    /** The model's field, when a record of the model refused it. */
    public Optional<ModelField> modelField() {
        return Optional.ofNullable(modelField);
    }

    /** The item's index when one item of a list field was refused. */
    public OptionalInt index() {
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The refused value, possibly {@code null}. */
    public Object value() {
        return value;
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof CharSequence text ? Quote.doubled(text) : Quote.plain(String.valueOf(value));
    }
}
