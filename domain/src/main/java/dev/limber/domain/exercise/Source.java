package dev.limber.domain.exercise;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import java.util.regex.Pattern;

/**
 * Where an exercise came from and under which licence, kept so that imported data keeps its
 * attribution.
 *
 * @param origin     who or what it came from, e.g. {@code free-exercise-db (yuhonas)}
 * @param originalId the id it had there, or {@code null} when it had none
 * @param license    the licence it came under, e.g. {@code The Unlicense}
 * @param author     who to credit, as CC-BY data asks, or {@code null}
 * @param url        where it can be found, an http or https URL, or {@code null}
 */
public record Source(String origin, String originalId, String license, String author, String url) {
    /** {@code http://} or {@code https://} (any case), a host, then a path, query or fragment; no blanks. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^/?#\\s]+([/?#]\\S*)?");

    public Source {
        origin = Checks.line(ModelField.SOURCE_ORIGIN, origin, Limits.SOURCE_TEXT);
        license = Checks.line(ModelField.SOURCE_LICENSE, license, Limits.SOURCE_TEXT);
        originalId = Checks.lineOrNull(ModelField.SOURCE_ORIGINAL_ID, originalId, Limits.SOURCE_TEXT);
        author = Checks.lineOrNull(ModelField.SOURCE_AUTHOR, author, Limits.SOURCE_AUTHOR);
        url = webAddress(Checks.lineOrNull(ModelField.SOURCE_URL, url, Limits.SOURCE_URL));
    }

    /** A source with no author or URL. */
    public Source(String origin, String originalId, String license) {
        this(origin, originalId, license, null, null);
    }

    /**
     * An absolute http or https URL with a host: the only kind a reader of the attribution can
     * open. Checked by its shape, not parsed: the core does no I/O, {@code java.net} included.
     */
    private static String webAddress(String url) {
        if (url == null || WEB_ADDRESS.matcher(url).matches()) {
            return url;
        }
        throw new InvalidValueException(ModelField.SOURCE_URL, url, "must be an http or https URL with a host");
    }

    /** Limber's own built-in catalog, written from the leg-day article. */
    public static final Source BUILT_IN = new Source("Limber built-in catalog", null, "Apache-2.0");
}
