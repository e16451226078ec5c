package dev.limber.persistence.settings;

/** How a database is named to users: its JDBC URL without parameters, which may carry credentials. */
public final class JdbcUrls {
    private JdbcUrls() {}

    /** {@code jdbc:postgresql://db:5432/limber?password=…} → {@code jdbc:postgresql://db:5432/limber}; H2's {@code ;KEY=…} too. */
    public static String withoutParameters(String url) {
        return url == null ? "(unknown)" : url.split("[?;]", 2)[0];
    }
}
