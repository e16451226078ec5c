package dev.limber.formats.finding;

import dev.limber.domain.rules.FindingText;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which language findings are worded in, as the service and the CLI are asked for it: an HTTP
 * {@code Accept-Language} header (q-values honoured; nothing supported: English), a {@code --locale}
 * option (a language Limber does not ship is refused), or the POSIX environment ({@code LC_ALL},
 * then {@code LC_MESSAGES}, then {@code LANG}; anything unsupported: English). Limber ships
 * {@link FindingText#LOCALES}: {@code en} (the default) and {@code de}.
 */
public final class FindingLanguage {
    private FindingLanguage() {}

    /** The shipped languages' tags: {@code en, de}. */
    public static String tags() {
        return FindingText.LOCALES.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "));
    }

    /**
     * The language an {@code Accept-Language} header prefers among the shipped ones: the first
     * range, by q-value, that one of them matches ({@code de-AT} matches {@code de}); English when
     * none does, when the header is absent, or when it cannot be read.
     */
    public static Locale ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale chosen = Locale.lookup(ranges, FindingText.LOCALES);
            return chosen == null ? Locale.ENGLISH : FindingText.supported(chosen);
        } catch (IllegalArgumentException unreadable) {
            return Locale.ENGLISH;
        }
    }

    /**
     * The language a {@code --locale} value names: a tag ({@code de}, {@code de-DE}) or a POSIX
     * locale ({@code de_DE.UTF-8}).
     *
     * @throws NotALanguageException when it names no language, or one Limber does not ship
     */
    public static Locale ofOption(String text) {
        Locale locale = parse(text);
        if (locale == null) {
            throw new NotALanguageException(
                    "'" + text + "' is not a language tag; use one of " + tags() + " (e.g. de or de-DE)");
        }
        for (Locale shipped : FindingText.LOCALES) {
            if (shipped.getLanguage().equals(locale.getLanguage())) {
                return shipped;
            }
        }
        throw new NotALanguageException(
                "'" + text + "' is a language Limber has no findings text for; use one of " + tags());
    }

    /**
     * The language of the POSIX environment: {@code LC_ALL}, else {@code LC_MESSAGES}, else
     * {@code LANG} (the first that is set and not empty); English when it names an unsupported
     * language, {@code C} or {@code POSIX}, or nothing readable.
     */
    public static Locale ofEnvironment(Map<String, String> environment) {
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                Locale locale = parse(value);
                return locale == null ? Locale.ENGLISH : FindingText.supported(locale);
            }
        }
        return Locale.ENGLISH;
    }

    /** {@code de}, {@code de-DE}, {@code de_DE.UTF-8@euro}; null when it is not one of those forms. */
    private static Locale parse(String text) {
        if (text == null) {
            return null;
        }
        String tag = text.strip();
        int cut = indexOfAny(tag, ".@");
        tag = (cut < 0 ? tag : tag.substring(0, cut)).replace('_', '-');
        if (tag.equals("C") || tag.equals("POSIX")) {
            return Locale.ENGLISH;
        }
        if (!tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return null;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException notATag) {
            return null;
        }
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
