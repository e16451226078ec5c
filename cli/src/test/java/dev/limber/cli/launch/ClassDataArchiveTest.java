package dev.limber.cli.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive {@code java -jar} shares with {@code bin/limber}: where, under which name, and its replacement. */
class ClassDataArchiveTest {
    @TempDir
    Path folder;

    @Test
    void namedAndPlacedAsBinClassDataShNamesThem() throws Exception {
        Path jar = Files.write(folder.resolve("limber-cli.jar"), new byte[1234]);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_999L));

        ClassDataArchive inCache = ClassDataArchive.of(jar, 17, Map.of("LIMBER_CACHE", "/c"), "/home/u");
        assertEquals(Path.of("/c/limber-cli-1234-1700000000-java17.jsa"), inCache.file());
        assertEquals(
                Path.of("/h/cache/limber-cli-1234-1700000000-java17.jsa"),
                ClassDataArchive.of(jar, 17, Map.of("LIMBER_HOME", "/h"), "/home/u")
                        .file());
        assertEquals(
                Path.of("/home/u/.limber/cache/limber-cli-1234-1700000000-java25.aot"),
                ClassDataArchive.of(jar, 25, Map.of(), "/home/u").file());
        assertEquals(
                List.of(
                        "-XX:SharedArchiveFile=/c/limber-cli-1234-1700000000-java17.jsa", "-Xshare:auto",
                        "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                inCache.useOptions());
    }

    @Test
    void aWrittenArchiveReplacesTheEarlierBuildsOnesAndLeavesOtherJarsAlone() throws Exception {
        ClassDataArchive archive = new ClassDataArchive(folder, "limber-cli", "200-2", 17);
        Path earlierBuild = Files.writeString(folder.resolve("limber-cli-100-1-java17.jsa"), "old");
        Path otherJava = Files.writeString(folder.resolve("limber-cli-100-1-java21.jsa"), "other release");
        Path otherJar = Files.writeString(folder.resolve("limber-api-100-1-java17.jsa"), "service");
        assertFalse(archive.exists());

        Path written = Files.writeString(archive.output(42), "archive");
        archive.install(written);

        assertTrue(archive.exists());
        assertEquals("archive", Files.readString(archive.file()));
        assertFalse(Files.exists(written));
        assertFalse(Files.exists(earlierBuild));
        assertTrue(Files.exists(otherJava));
        assertTrue(Files.exists(otherJar));
    }

    @Test
    void anArchiveTheJvmCouldNotWriteIsDropped() throws Exception {
        ClassDataArchive archive = new ClassDataArchive(folder, "limber-cli", "200-2", 17);
        Path empty = Files.createFile(archive.output(7));
        archive.install(empty);
        archive.install(archive.output(8)); // never written
        assertFalse(archive.exists());
        assertFalse(Files.exists(empty));
    }
}
