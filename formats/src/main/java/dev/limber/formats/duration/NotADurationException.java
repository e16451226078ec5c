package dev.limber.formats.duration;

import dev.limber.domain.Quote;

/**
 * Text that {@link DurationText} refuses. The wording lives here once; callers only say what
 * the text was for: {@code "rest " + getMessage()} reads "rest is not a duration: '1 minute';
 * write it like …".
 */
public final class NotADurationException extends IllegalArgumentException {
    static final String EXAMPLES = "write it like 30s, 1m, 1m30s, 2h or ISO-8601 PT30S";
    private static final long serialVersionUID = 1L;
    private final String text;
    private final boolean negative;

    private NotADurationException(String text, boolean negative) {
        super(
                negative
                        ? "is negative: " + Quote.single(text) + "; durations are positive, " + EXAMPLES
                        : "is not a duration: " + Quote.single(text) + "; " + EXAMPLES);
        this.text = text;
        this.negative = negative;
    }

    static NotADurationException malformed(String text) {
        return new NotADurationException(text, false);
    }

    static NotADurationException negative(String text) {
        return new NotADurationException(text, true);
    }

    /** The refused text, as given. */
    public String text() {
        return text;
    }

    /**
     * The same words led by the value, for places that name the field themselves (picocli
     * writes "Invalid value for option '--every': " before it): "'45' is not a duration; …".
     */
    public String valueFirst() {
        return Quote.single(text) + " " + (negative ? "is negative; durations are positive, " : "is not a duration; ")
                + EXAMPLES;
    }
}
