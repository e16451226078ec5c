package dev.limber.domain;

/**
 * The one place that repeats a user's value in a message: at most {@value #MAX_CHARACTERS}
 * characters of it, control characters escaped ({@code \n}, {@code \u0000}), so that a 5 MB name
 * gives a one-line message of a few dozen characters instead of a 5 MB one. Every refusal of the
 * model ({@link InvalidValueException}) and of the formats quotes through it.
 */
public final class Quote {
    /** Characters of a value a message repeats; the rest is cut and its length said instead. */
    public static final int MAX_CHARACTERS = 60;

    private Quote() {}

    /** {@code "text"} between double quotes, cut and escaped: {@code "aaaa…" (5000000 characters)}. */
    public static String doubled(CharSequence text) {
        return quoted(text, '"');
    }

    /** {@code 'text'} between single quotes, cut and escaped. */
    public static String single(CharSequence text) {
        return quoted(text, '\'');
    }

    /** Text without quotes (a value's {@code toString}), cut and escaped in the same way. */
    public static String plain(CharSequence text) {
        String prefix = prefix(text);
        return isWhole(text) ? prefix : prefix + "… (" + text.length() + " characters)";
    }

    private static String quoted(CharSequence text, char mark) {
        String prefix = prefix(text);
        return isWhole(text)
                ? mark + prefix + mark
                : mark + prefix + "…" + mark + " (" + text.length() + " characters)";
    }

    private static boolean isWhole(CharSequence text) {
        return text.length() <= MAX_CHARACTERS;
    }

    private static String prefix(CharSequence text) {
        int end = Math.min(text.length(), MAX_CHARACTERS);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 8);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) && !paired) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
