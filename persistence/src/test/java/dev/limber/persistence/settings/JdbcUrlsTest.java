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
}
