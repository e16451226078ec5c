package dev.limber.persistence.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** How a database is named to users, and where an embedded one keeps its files. */
public final class JdbcUrls {
    /** {@code //user:password@host}: the user info of a URL with an authority. */
    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");

    private JdbcUrls() {}

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
