package dev.limber.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A closed set with stable external names ({@code static-stretch}, {@code per-side}): what
 * documents, the HTTP API and the database write. Parsing refuses unknown names and lists the
 * allowed ones.
 */
public interface Named {
    /** The stable external name. */
    String externalName();

    static <E extends Enum<E> & Named> E parse(Class<E> type, String field, String text) {
        if (text != null) {
            String name = text.strip();
            for (Object constant : NamedConstants.of(type)) {
                if (((Named) constant).externalName().equals(name)) {
                    return type.cast(constant);
                }
            }
        }
        throw new InvalidValueException(field, text, "must be one of " + allowed(type));
    }

    static <E extends Enum<E> & Named> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::externalName).collect(Collectors.joining(", "));
    }
}
