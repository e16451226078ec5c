package dev.limber.persistence.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
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
        assertEquals(
                "jdbc:postgresql://db:5432/limber",
                JdbcUrls.withoutParameters("jdbc:postgresql://app:secret@db:5432/limber?ssl=true"));
    }

    @Test
    void anEmbeddedFileDatabaseHasALockFileOthersNone() {
        assertEquals(
                Optional.of(Path.of("/x/limber.lock.db")),
                JdbcUrls.h2LockFile("jdbc:h2:file:/x/limber;MODE=PostgreSQL;AUTO_SERVER=TRUE"));
        assertEquals(Optional.of(Path.of("/x/limber.lock.db")), JdbcUrls.h2LockFile("jdbc:h2:/x/limber"));
        assertEquals(
                Optional.of(Path.of(System.getProperty("user.home"), ".limber/limber.lock.db")),
                JdbcUrls.h2LockFile("jdbc:h2:file:~/.limber/limber"));
        assertEquals(Optional.empty(), JdbcUrls.h2LockFile("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"));
        assertEquals(Optional.empty(), JdbcUrls.h2LockFile("jdbc:h2:tcp://host/x"));
        assertEquals(Optional.empty(), JdbcUrls.h2LockFile("jdbc:postgresql://db/limber"));
        assertEquals(Optional.empty(), JdbcUrls.h2LockFile(null));
    }

    @Test
    void aUrlToPassBackKeepsItsParametersButNotItsSecrets() {
        assertEquals(
                "jdbc:postgresql://db:5432/limber?sslmode=require",
                JdbcUrls.withoutSecrets("jdbc:postgresql://app:pw@db:5432/limber?sslmode=require&password=secret"));
        assertEquals(
                "jdbc:h2:file:/x/limber;TRACE_LEVEL_FILE=0",
                JdbcUrls.withoutSecrets("jdbc:h2:file:/x/limber;PASSWORD=secret;TRACE_LEVEL_FILE=0"));
        assertEquals("jdbc:postgresql://db/limber", JdbcUrls.withoutSecrets("jdbc:postgresql://db/limber?password=x"));
        assertEquals("jdbc:h2:mem:x", JdbcUrls.withoutSecrets("jdbc:h2:mem:x"));
    }

    @Test
    void anH2UrlGetsTheSettingsItLeavesOutAndKeepsItsOwn() {
        H2Settings settings = new H2Settings("MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "AUTO_SERVER=TRUE");

        assertEquals(
                "jdbc:h2:file:/x/limber;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
                settings.complete("jdbc:h2:file:/x/limber"));
        assertEquals(
                "jdbc:h2:file:/x/limber;auto_server=false;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                settings.complete("jdbc:h2:file:/x/limber;auto_server=false"));
        assertEquals(
                "jdbc:h2:mem:x;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                settings.complete("jdbc:h2:mem:x"),
                "no AUTO_SERVER for a database in memory");
        assertEquals("jdbc:postgresql://db/limber", settings.complete("jdbc:postgresql://db/limber"));
        assertEquals(
                "jdbc:h2:file:/x/limber;TRACE_LEVEL_FILE=0",
                settings.shorten("jdbc:h2:file:/x/limber;MODE=PostgreSQL;TRACE_LEVEL_FILE=0;AUTO_SERVER=TRUE"));
    }
}
