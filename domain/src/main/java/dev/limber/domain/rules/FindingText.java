package dev.limber.domain.rules;

import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.PhaseKind;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words findings in a language: looks a {@link Phrase}'s key up in a resource bundle and fills its
 * named placeholders ({@code {total}}) with its arguments, each worded in the same language
 * (targets and phases by their own keys, {@code target.hamstrings}; durations as {@code 5 min
 * 30 s}; lists as {@code a, b and c}; nested phrases by their keys).
 *
 * <p>Limber ships English (the bundle {@code dev.limber.domain.rules.findings}, the default) and
 * German ({@code findings_de}). An app that speaks another language writes its own bundle with
 * the same keys and passes it to {@link #render(Phrase, ResourceBundle)} or
 * {@link Finding#message(ResourceBundle)}.
 */
public final class FindingText {
    /** The base name of the bundles Limber ships. */
    public static final String BUNDLE = "dev.limber.domain.rules.findings";

    /** The languages Limber words findings in; the first is the default. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

    /** The shipped bundles, by language, as {@link #bundle(Locale)} found them. */
    private static final Map<Locale, ResourceBundle> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    private FindingText() {}

    /** The shipped language nearest to the one asked for: German for any {@code de}, else English. */
    public static Locale supported(Locale requested) {
        if (requested != null) {
            for (Locale locale : LOCALES) {
                if (locale.getLanguage().equals(requested.getLanguage())) {
                    return locale;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** The shipped bundle of the language nearest to the one asked for ({@link #supported}). */
    public static ResourceBundle bundle(Locale requested) {
        // Looked up once per shipped language: every finding words its message and rationale, and
        // ResourceBundle.getBundle costs more than the wording (it works out its caller each time).
        return SHIPPED.computeIfAbsent(supported(requested), FindingText::load);
    }

    private static ResourceBundle load(Locale locale) {
        // English is the base bundle; asking for ROOT never falls back to the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, locale.equals(Locale.ENGLISH) ? Locale.ROOT : locale);
    }

    /** The phrase in English. */
    public static String english(Phrase phrase) {
        return render(phrase, Locale.ENGLISH);
    }

    /** The phrase in the shipped language nearest to the one asked for. */
    public static String render(Phrase phrase, Locale locale) {
        return render(phrase, bundle(locale));
    }

    /**
     * The phrase worded by a bundle.
     *
     * @throws MissingResourceException when the bundle lacks a key the phrase uses
     * @throws IllegalArgumentException when a text names a placeholder the phrase has no argument for
     */
    public static String render(Phrase phrase, ResourceBundle bundle) {
        Checks.required("phrase", phrase);
        Checks.required("bundle", bundle);
        for (Phrase.Series joining : Phrase.Series.values()) {
            if (joining.key().equals(phrase.key())) {
                Object items = phrase.arguments().get("items");
                return series(joining, items instanceof List<?> list ? list : List.of(), bundle);
            }
        }
        return fill(phrase.key(), bundle.getString(phrase.key()), phrase.arguments(), bundle);
    }

    /** Whether the bundle words this phrase: it has the phrase's key and every nested one. */
    public static boolean words(Phrase phrase, ResourceBundle bundle) {
        try {
            render(phrase, bundle);
            return true;
        } catch (MissingResourceException | IllegalArgumentException missing) {
            return false;
        }
    }

    /** For people, in a language: {@code Beintag › Aufwärmen › Schritt 3 (standing-roll-down)}. */
    public static String describe(Location location, Locale locale) {
        Checks.required("location", location);
        ResourceBundle bundle = bundle(locale);
        List<String> parts = new ArrayList<>();
        if (location.session() != null) {
            parts.add(location.session());
        }
        if (location.phase() != null) {
            parts.add(word(location.phase(), bundle));
        }
        if (location.step() != null) {
            String at = location.circuitStep() == null
                    ? fill(
                            "location.step",
                            bundle.getString("location.step"),
                            Map.of("number", location.step() + 1),
                            bundle)
                    : fill(
                            "location.circuit-step",
                            bundle.getString("location.circuit-step"),
                            Map.of("number", location.step() + 1, "inner", location.circuitStep() + 1),
                            bundle);
            parts.add(
                    location.exercise() == null
                            ? at
                            : fill(
                                    "location.step-exercise",
                                    bundle.getString("location.step-exercise"),
                                    Map.of("step", at, "exercise", location.exercise()),
                                    bundle));
        }
        return parts.isEmpty() ? bundle.getString("location.program") : String.join(" › ", parts);
    }

    private static String fill(String key, String pattern, Map<String, Object> arguments, ResourceBundle bundle) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                text.append(pattern, at, pattern.length());
                break;
            }
            String name = pattern.substring(open + 1, close);
            if (!arguments.containsKey(name)) {
                throw new IllegalArgumentException("the text of " + key + " names {" + name
                        + "}, which is not one of its arguments " + arguments.keySet());
            }
            text.append(pattern, at, open).append(word(arguments.get(name), bundle));
            at = close + 1;
        }
        return text.toString();
    }

    private static String word(Object value, ResourceBundle bundle) {
        if (value instanceof Phrase phrase) {
            return render(phrase, bundle);
        }
        if (value instanceof List<?> items) {
            return series(Phrase.Series.AND, items, bundle);
        }
        if (value instanceof Duration duration) {
            return duration(duration, bundle);
        }
        if (value instanceof Target target) {
            return bundle.getString("target." + target.externalName());
        }
        if (value instanceof PhaseKind phase) {
            return bundle.getString("phase." + phase.externalName());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Number number) {
            Locale locale = bundle.getLocale() == null || bundle.getLocale().equals(Locale.ROOT)
                    ? Locale.ENGLISH
                    : bundle.getLocale();
            return NumberFormat.getInstance(locale).format(number);
        }
        return String.valueOf(value);
    }

    private static String series(Phrase.Series joining, List<?> items, ResourceBundle bundle) {
        if (items.isEmpty()) {
            return "";
        }
        String joined = word(items.get(0), bundle);
        for (int i = 1; i < items.size(); i++) {
            String key = joining.key() + (i < items.size() - 1 ? ".next" : "");
            joined = pair(key, joined, word(items.get(i), bundle), bundle);
        }
        return joined;
    }

    /** {@code 5 min 30 s}: hours, minutes and seconds, each only when there are some (0 s for none). */
    private static String duration(Duration duration, ResourceBundle bundle) {
        long total = duration.getSeconds();
        List<String> parts = new ArrayList<>();
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        long seconds = total % 60;
        if (hours > 0) {
            parts.add(fill("duration.hours", bundle.getString("duration.hours"), Map.of("count", hours), bundle));
        }
        if (minutes > 0) {
            parts.add(fill("duration.minutes", bundle.getString("duration.minutes"), Map.of("count", minutes), bundle));
        }
        if (seconds > 0 || total == 0) {
            parts.add(fill("duration.seconds", bundle.getString("duration.seconds"), Map.of("count", seconds), bundle));
        }
        String joined = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            joined = pair("duration.join", joined, parts.get(i), bundle);
        }
        return joined;
    }

    private static String pair(String key, String first, String second, ResourceBundle bundle) {
        return fill(key, bundle.getString(key), Map.of("first", first, "second", second), bundle);
    }
}
