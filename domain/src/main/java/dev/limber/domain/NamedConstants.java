package dev.limber.domain;

/**
 * Each {@link Named} type's constants, read once: {@code getEnumConstants} copies the array on
 * every call, and a 100,000-exercise document parses several names per exercise. Kept here, not
 * on the public interface, so that no caller can change a shared array.
 */
final class NamedConstants {
    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private NamedConstants() {}

    static Object[] of(Class<?> type) {
        return CONSTANTS.get(type);
    }
}
