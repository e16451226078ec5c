package dev.limber.persistence.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The H2 settings Limber's schema and SQL need ({@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;…})
 * and those an embedded file database needs on top ({@code AUTO_SERVER=TRUE;WRITE_DELAY=0}),
 * from {@code limber-persistence.properties}. A user's H2 URL that leaves them out gets them
 * ({@link #complete}), so the short {@code jdbc:h2:file:~/.limber/limber} that {@code limber db
 * info} prints ({@link #shorten}) opens the same database instead of failing with
 * {@code Schema "public" not found}, or with a locked file while the service has it open.
 * A setting the URL names itself is left as the URL says.
 */
public record H2Settings(String always, String embeddedFile) {

    /** The URL with every Limber setting it does not name itself; other URLs as they are. */
    public String complete(String url) {
        if (!JdbcUrls.isH2(url)) {
            return url;
        }
        Map<String, String> named = settingsOf(url);
        StringBuilder completed = new StringBuilder(url);
        for (String setting : implied(url)) {
            if (!named.containsKey(key(setting))) {
                completed.append(';').append(setting);
            }
        }
        return completed.toString();
    }

    /** The URL without the settings {@link #complete} would add back (same name and value). */
    public String shorten(String url) {
        if (!JdbcUrls.isH2(url)) {
            return url;
        }
        List<String> implied = implied(url).stream()
                .map(setting -> setting.toUpperCase(Locale.ROOT))
                .toList();
        String[] parts = url.split(";");
        StringBuilder shortened = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty() && !implied.contains(parts[i].toUpperCase(Locale.ROOT))) {
                shortened.append(';').append(parts[i]);
            }
        }
        return shortened.toString();
    }

    private List<String> implied(String url) {
        List<String> settings = new ArrayList<>(split(always));
        if (JdbcUrls.isEmbeddedH2File(url)) {
            settings.addAll(split(embeddedFile));
        }
        return settings;
    }

    private static Map<String, String> settingsOf(String url) {
        Map<String, String> named = new LinkedHashMap<>();
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                named.put(key(parts[i]), parts[i]);
            }
        }
        return named;
    }

    private static String key(String setting) {
        return setting.split("=", 2)[0].strip().toUpperCase(Locale.ROOT);
    }

    private static List<String> split(String settings) {
        return settings == null || settings.isBlank()
                ? List.of()
                : List.of(settings.split(";")).stream()
                        .filter(s -> !s.isBlank())
                        .toList();
    }
}
