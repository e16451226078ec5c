package dev.limber.persistence.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What `limber db info` and the start-up failure line show of a database: never its parameters. */
class JdbcUrlsTest {

    @Test
    void parametersThatMayCarryCredentialsAreLeftOut() {
        assertEquals(
                "jdbc:postgresql://db:5432/limber",
                JdbcUrls.withoutParameters("jdbc:postgresql://db:5432/limber?user=app&password=secret"));
        assertEquals(
                "jdbc:h2:file:/home/a/.limber/limber",
                JdbcUrls.withoutParameters("jdbc:h2:file:/home/a/.limber/limber;MODE=PostgreSQL;PASSWORD=secret"));
        assertEquals("jdbc:h2:mem:x", JdbcUrls.withoutParameters("jdbc:h2:mem:x"));
    }
}
