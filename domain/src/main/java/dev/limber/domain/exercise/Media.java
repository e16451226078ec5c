package dev.limber.domain.exercise;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import java.util.Locale;

/**
 * An image or a video of an exercise, by reference (Limber stores no media itself), with the
 * licence it comes under and its author where the data names one: a dataset's pictures are often
 * under other terms than its texts.
 *
 * @param kind      image or video
 * @param reference an {@code http(s)} URL, or a path relative to the dataset it came with
 *                  ({@code 3_4_Sit-Up/0.jpg}): no scheme, not absolute, no {@code ..} segment
 * @param license   the licence of this image or video
 * @param author    who made it, or {@code null} when the data does not say
 */
public record Media(MediaKind kind, String reference, String license, String author) {
    public Media {
        Checks.required(ModelField.MEDIA_KIND, kind);
        reference = Checks.line(ModelField.MEDIA_REFERENCE, reference, Limits.MEDIA_REFERENCE);
        checkReference(reference);
        license = Checks.line(ModelField.MEDIA_LICENSE, license, Limits.SOURCE_TEXT);
        author = Checks.lineOrNull(ModelField.MEDIA_AUTHOR, author, Limits.SOURCE_TEXT);
    }

    public static Media image(String reference, String license) {
        return new Media(MediaKind.IMAGE, reference, license, null);
    }

    public static Media video(String reference, String license) {
        return new Media(MediaKind.VIDEO, reference, license, null);
    }

    public Media by(String author) {
        return new Media(kind, reference, license, author);
    }

    /** Whether the reference is a URL (else a dataset-relative path). */
    public boolean isUrl() {
        String lower = reference.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static void checkReference(String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            if (reference.indexOf(' ') >= 0 || lower.length() <= lower.indexOf("//") + 2) {
                throw new InvalidValueException(
                        ModelField.MEDIA_REFERENCE, reference, "must be an http(s) URL without spaces, with a host");
            }
            return;
        }
        boolean scheme = lower.matches("^[a-z][a-z0-9+.-]*:.*");
        boolean absolute = reference.startsWith("/") || reference.startsWith("\\");
        boolean up = ("/" + reference.replace('\\', '/') + "/").contains("/../");
        if (scheme || absolute || up) {
            throw new InvalidValueException(
                    ModelField.MEDIA_REFERENCE,
                    reference,
                    "must be an http(s) URL or a path relative to the dataset (no other scheme, not absolute,"
                            + " no '..')");
        }
    }
}
