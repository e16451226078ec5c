package dev.limber.cli.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * The class-data archive of one jar on one Java release, kept where {@code bin/limber} keeps it
 * ({@code bin/class-data.sh}): under {@code $LIMBER_CACHE}, else {@code $LIMBER_HOME/cache}, else
 * {@code ~/.limber/cache}, named {@code BASE-SIZE-MTIME-javaN}: the jar's size and modification
 * time are what the JVM itself checks an archive's jar by, so a new build gets a new archive, and
 * {@code java -jar} and {@code bin/limber} share one. JDK 17-24 use an AppCDS archive
 * ({@code .jsa}); 25 and later an AOT cache ({@code .aot}).
 *
 * @param folder  the cache folder
 * @param base    the jar's name without {@code .jar}
 * @param stamp   the jar's size and modification time, {@code SIZE-MTIME}
 * @param feature the Java release
 */
public record ClassDataArchive(Path folder, String base, String stamp, int feature) {

    /** The archive of {@code jar} on Java {@code feature}, in the cache the environment names. */
    public static ClassDataArchive of(Path jar, int feature, Map<String, String> environment, String userHome)
            throws IOException {
        String cache = environment.get("LIMBER_CACHE");
        String home = environment.get("LIMBER_HOME");
        Path folder = cache != null && !cache.isEmpty()
                ? Path.of(cache)
                : (home != null && !home.isEmpty() ? Path.of(home) : Path.of(userHome, ".limber")).resolve("cache");
        String name = jar.getFileName().toString();
        String base = name.endsWith(".jar") ? name.substring(0, name.length() - ".jar".length()) : name;
        String stamp = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() / 1000;
        return new ClassDataArchive(folder, base, stamp, feature);
    }

    public Path file() {
        return folder.resolve(base + "-" + stamp + suffix());
    }

    /** Whether the archive has been made (a half-written one is never at this name). */
    public boolean exists() {
        try {
            return Files.size(file()) > 0;
        } catch (IOException absent) {
            return false;
        }
    }

    /** The JVM options that start with this archive (the JVM ignores one that does not fit). */
    public List<String> useOptions() {
        return feature >= 25
                ? List.of("-XX:AOTCache=" + file(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:aot=off")
                : List.of("-XX:SharedArchiveFile=" + file(), "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /**
     * The JVM options that write the archive to {@code output} when the JVM ends; quiet about the
     * classes it cannot archive (signed or optional jars).
     */
    public List<String> makeOptions(Path output) {
        return feature >= 25
                ? List.of("-XX:AOTCacheOutput=" + output, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:aot=off")
                : List.of("-XX:ArchiveClassesAtExit=" + output, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** Where a JVM writes this archive before {@link #install} puts it in place: its own name per process. */
    public Path output(long pid) {
        return folder.resolve(base + "-" + stamp + "-making-" + pid + suffix() + ".tmp");
    }

    /**
     * Puts a written archive in place (a rename: a start at the same moment finds the whole file
     * or none) and removes the archives of this jar's earlier builds on this Java release. An
     * empty or missing output (the JVM could not write it) is dropped.
     */
    public void install(Path written) throws IOException {
        if (!Files.isRegularFile(written) || Files.size(written) == 0) {
            Files.deleteIfExists(written);
            return;
        }
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder, base + "-*" + suffix())) {
            for (Path archive : archives) {
                String stampOf = archive.getFileName()
                        .toString()
                        .substring(
                                base.length() + 1,
                                archive.getFileName().toString().length() - suffix().length());
                if (!stampOf.equals(stamp) && stampOf.matches("\\d+-\\d+")) {
                    Files.deleteIfExists(archive); // an earlier build's, never another jar's
                }
            }
        }
        Files.move(written, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private String suffix() {
        return "-java" + feature + (feature >= 25 ? ".aot" : ".jsa");
    }
}
