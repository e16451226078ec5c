package dev.limber.persistence.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** How a database is named to users, and where an embedded one keeps its files. */
public final class JdbcUrls {
    /** {@code //user:password@host}: the user info of a URL with an authority. */
    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");

    /** A parameter whose name says it holds a secret: {@code password}, {@code PASSWORD}, {@code sslpassword}, … */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|pwd|secret|token|credential).*");

    private JdbcUrls() {}

    /**
     * The URL as a user can pass it back to {@code --db}, without what may be secret: user info
     * and parameters named like a password, secret or token are left out, every other parameter
     * stays ({@code jdbc:postgresql://db/limber?sslmode=require&password=x} →
     * {@code jdbc:postgresql://db/limber?sslmode=require}; H2's {@code ;PASSWORD=…} goes too).
     */
    public static String withoutSecrets(String url) {
        if (url == null) {
            return "(unknown)";
        }
        int query = url.indexOf('?');
        int settings = url.indexOf(';');
        boolean h2Style = settings >= 0 && (query < 0 || settings < query);
        int cut = h2Style ? settings : query;
        if (cut < 0) {
            return USER_INFO.matcher(url).replaceFirst("//");
        }
        String base = USER_INFO.matcher(url.substring(0, cut)).replaceFirst("//");
        String separator = h2Style ? ";" : "&";
        List<String> kept = new ArrayList<>();
        for (String parameter : url.substring(cut + 1).split(Pattern.quote(separator))) {
            String name = parameter.split("=", 2)[0];
            if (!parameter.isEmpty() && !SECRET_NAME.matcher(name).matches()) {
                kept.add(parameter);
            }
        }
        return kept.isEmpty() ? base : base + (h2Style ? ";" : "?") + String.join(separator, kept);
    }

    /** Whether this is an embedded H2 database kept in files (not in memory, not on a server). */
    public static boolean isEmbeddedH2File(String url) {
        return h2LockFile(url).isPresent();
    }

    /** Whether this is any H2 URL. */
    public static boolean isH2(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    /**
     * The URL without parameters and without user info, either of which may carry credentials:
     * {@code jdbc:postgresql://db:5432/limber?password=…} → {@code jdbc:postgresql://db:5432/limber};
     * H2's {@code ;PASSWORD=…} and {@code //user:secret@host} go too. Every URL Limber prints
     * (logs, {@code /health}, {@code limber db info}) goes through here.
     */
    public static String withoutParameters(String url) {
        if (url == null) {
            return "(unknown)";
        }
        return USER_INFO.matcher(url.split("[?;]", 2)[0]).replaceFirst("//");
    }

    /**
     * The lock file of an embedded H2 file database ({@code jdbc:h2:file:/x/limber} or
     * {@code jdbc:h2:/x/limber} → {@code /x/limber.lock.db}; {@code ~} is the home folder, as H2
     * reads it); empty for any other database.
     */
    public static Optional<Path> h2LockFile(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:") || name.isEmpty()) {
            return Optional.empty();
        }
        if (name.equals("~") || name.startsWith("~/")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".lock.db"));
    }
}
